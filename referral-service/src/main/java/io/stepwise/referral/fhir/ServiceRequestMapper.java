package io.stepwise.referral.fhir;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.springframework.stereotype.Component;

import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;

/**
 * A referral as a FHIR R4 ServiceRequest: what the clinic asks for (the specialty, why, a one-line plan summary), for
 * whom and from whom. In: a referral assigned to the caller. Out: a ServiceRequest with no empty element and nothing
 * of the plan beyond its summary: no plan id, record number or Stepwise patient id.
 */
@Component
class ServiceRequestMapper {

    ServiceRequest toServiceRequest(Referral referral) {
        var request = new ServiceRequest();
        request.setId(referral.id());
        request.setMeta(FhirTypes.meta(referral.revision(), referral.updatedAt()));
        request.setStatus(status(referral.status()));
        request.setIntent(ServiceRequestIntent.ORDER);
        request.setPriority(priority(referral.priority()));
        request.addCategory(FhirTypes.coded(SpecialtyText.SYSTEM, referral.specialty().name(),
                SpecialtyText.of(referral.specialty())));
        request.setCode(FhirTypes.text(SpecialtyText.referral(referral.specialty())));
        request.setSubject(ContainedPatient.containIn(request, referral.patient()));
        request.setAuthoredOnElement(FhirTypes.dateTime(referral.requestedAt()));
        request.setRequester(FhirTypes.display(TaskMapper.REQUESTER));
        var performer = FhirTypes.partner(referral.partnerId(), referral.partnerName());
        if (performer != null) {
            request.addPerformer(performer);
        }
        if (FhirTypes.present(referral.reason())) {
            request.addReasonCode(FhirTypes.text(referral.reason()));
        }
        if (FhirTypes.present(referral.planSummary())) {
            request.addNote(new Annotation().setText(referral.planSummary().strip()));
        }
        return request;
    }

    /**
     * The request stays {@code active} while its Task is open (requested through on-hold: the clinic still wants it
     * done), is {@code completed} once the Task is, and is {@code revoked} when the Task ended any other way: the clinic
     * cancelled it, the partner rejected it, or the partner could not complete it (failed). The clinic then asks anew,
     * with a new referral; this one will not be fulfilled.
     */
    static ServiceRequestStatus status(ReferralStatus status) {
        return switch (status) {
            case REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD -> ServiceRequestStatus.ACTIVE;
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case CANCELLED, REJECTED, FAILED -> ServiceRequestStatus.REVOKED;
        };
    }

    private static ServiceRequestPriority priority(ReferralPriority priority) {
        return switch (priority) {
            case ROUTINE -> ServiceRequestPriority.ROUTINE;
            case URGENT -> ServiceRequestPriority.URGENT;
        };
    }
}
