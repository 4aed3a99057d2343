package io.stepwise.plan.careplan.domain;

/** A status change that is not allowed from the current status, of the plan or of an activity (answered 409). */
public class IllegalPlanTransitionException extends RuntimeException {

    public IllegalPlanTransitionException(String message) {
        super(message);
    }
}
