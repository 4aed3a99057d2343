package io.stepwise.referral.fhir;

import java.util.StringJoiner;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

import io.stepwise.referral.referral.domain.ReferredPatient;

/**
 * The referred patient inside a Task or ServiceRequest. This view exposes no Patient resource, so {@code Task.for}
 * and {@code ServiceRequest.subject} must not point at a {@code Patient/{id}} that nothing serves. A display-only
 * reference would drop the birth date a partner needs to identify the person; a <em>contained</em> Patient carries
 * name and birth date (nothing else: no record number, no Stepwise patient id), and its local id {@code #patient} means
 * nothing outside the resource that contains it.
 */
final class ContainedPatient {

    static final String LOCAL_ID = "patient";

    private ContainedPatient() {
    }

    /**
     * In: the resource and the referral's patient. Out: the reference to use as its subject: {@code #patient} with the
     * name as display, the Patient added to the resource's contained list; a reference of words only when neither name
     * nor birth date is known.
     */
    static Reference containIn(DomainResource resource, ReferredPatient referred) {
        String name = referred == null ? null : fullName(referred);
        boolean hasBirthDate = referred != null && referred.birthDate() != null;
        if (name == null && !hasBirthDate) {
            return FhirTypes.display("Patient not named in the referral");
        }
        var patient = new Patient();
        patient.setId(LOCAL_ID);
        if (name != null) {
            patient.addName(humanName(referred));
        }
        patient.setBirthDateElement(FhirTypes.date(referred.birthDate()));
        resource.addContained(patient);
        var reference = new Reference("#" + LOCAL_ID);
        return name == null ? reference : reference.setDisplay(name);
    }

    private static HumanName humanName(ReferredPatient referred) {
        var name = new HumanName();
        if (FhirTypes.present(referred.givenName())) {
            name.addGiven(referred.givenName().strip());
        }
        if (FhirTypes.present(referred.familyName())) {
            name.setFamily(referred.familyName().strip());
        }
        return name;
    }

    /** {@code <given> <family>}, whichever is known; null when neither is. */
    private static String fullName(ReferredPatient referred) {
        var name = new StringJoiner(" ");
        if (FhirTypes.present(referred.givenName())) {
            name.add(referred.givenName().strip());
        }
        if (FhirTypes.present(referred.familyName())) {
            name.add(referred.familyName().strip());
        }
        return name.length() == 0 ? null : name.toString();
    }
}
