package io.stepwise.catalog.treatment.domain;

/** A lifecycle step the treatment's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String treatmentId, TreatmentStatus from, String action, TreatmentStatus required) {
        super("Treatment " + treatmentId + " is " + from + "; " + action + " needs it to be " + required);
    }
}
