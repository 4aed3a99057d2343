package io.stepwise.catalog.treatment.domain;

/** A lifecycle step the treatment's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

    /** @param allowed the statuses from which {@code action} is allowed, in words, e.g. "DRAFT or PUBLISHED" */
    public IllegalTransitionException(String treatmentId, TreatmentStatus from, String action, String allowed) {
        super("Treatment " + treatmentId + " is " + from + "; " + action + " needs it to be " + allowed);
    }

    public IllegalTransitionException(String treatmentId, TreatmentStatus from, String action, TreatmentStatus required) {
        this(treatmentId, from, action, required.name());
    }
}
