package io.stepwise.kit.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Lets a use case name the patient of the current request once it knows it (e.g. after loading a plan). */
public final class AuditedAccess {

    static final String PATIENT_ATTRIBUTE = AuditedAccess.class.getName() + ".patient";
    static final String DISCLOSURES_ATTRIBUTE = AuditedAccess.class.getName() + ".disclosures";

    private AuditedAccess() {
    }

    /** The current request concerns this patient; outside a request this does nothing. */
    public static void patient(String patientId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && patientId != null) {
            request.setAttribute(PATIENT_ATTRIBUTE, patientId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * The current request shows this patient's data (the resource, e.g. {@code referral/0190…}) to an outside
     * organisation. If the request succeeds, the audit filter writes one {@link AuditAction#DISCLOSE} record per call,
     * naming the patient, so the disclosure is in the patient's access log. Outside a request this does nothing.
     */
    @SuppressWarnings("unchecked")
    public static void disclosed(String resource, String patientId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || patientId == null) {
            return;
        }
        var disclosures = (List<Disclosure>) request.getAttribute(DISCLOSURES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (disclosures == null) {
            disclosures = new ArrayList<>();
            request.setAttribute(DISCLOSURES_ATTRIBUTE, disclosures, RequestAttributes.SCOPE_REQUEST);
        }
        disclosures.add(new Disclosure(resource, patientId));
    }

    /** One patient's data shown in a response: which resource, whose. */
    record Disclosure(String resource, String patientId) {
    }
}
