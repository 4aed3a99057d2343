package io.stepwise.catalog.interaction;

public class UnknownRuleException extends RuntimeException {

    public UnknownRuleException(String ruleId) {
        super("No interaction rule with id " + ruleId);
    }
}
