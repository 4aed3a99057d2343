package io.stepwise.plan.careplan.domain;

/**
 * A change the plan cannot take as asked, though the request itself was well formed (answered 422): a clinical record
 * on the wrong kind of activity, an override of a rule that cannot be overridden, opioid details missing, and the like.
 */
public class PlanRuleException extends RuntimeException {

    public PlanRuleException(String message) {
        super(message);
    }
}
