package io.stepwise.kit.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Lets a use case name the patient of the current request once it knows it (e.g. after loading a plan). */
public final class AuditedAccess {

    static final String PATIENT_ATTRIBUTE = AuditedAccess.class.getName() + ".patient";

    private AuditedAccess() {
    }

    /** The current request concerns this patient; outside a request this does nothing. */
    public static void patient(String patientId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && patientId != null) {
            request.setAttribute(PATIENT_ATTRIBUTE, patientId, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
