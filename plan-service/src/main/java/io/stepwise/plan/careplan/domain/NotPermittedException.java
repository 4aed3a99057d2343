package io.stepwise.plan.careplan.domain;

/** The caller's role does not allow this change (answered 403; it is never turned into a safety finding). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
