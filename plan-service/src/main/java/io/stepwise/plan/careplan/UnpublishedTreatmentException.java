package io.stepwise.plan.careplan;

/** A treatment the catalog has not published, or has retired (answered 422: the request is fine, the treatment not). */
public class UnpublishedTreatmentException extends RuntimeException {

    UnpublishedTreatmentException(String message) {
        super(message);
    }
}
