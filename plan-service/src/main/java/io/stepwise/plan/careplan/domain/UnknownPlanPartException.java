package io.stepwise.plan.careplan.domain;

/** An activity, finding or referral id that this plan does not have (answered 404). */
public class UnknownPlanPartException extends RuntimeException {

    public UnknownPlanPartException(String message) {
        super(message);
    }
}
