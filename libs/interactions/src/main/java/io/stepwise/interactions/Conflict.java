package io.stepwise.interactions;

/**
 * Two treatments that a rule says should not be combined.
 *
 * @param firstTreatmentId  the one of the two that came first in the list checked
 * @param secondTreatmentId the other one
 * @param ruleId            the rule that applies
 * @param severity          the rule's severity
 * @param reason            the rule's reason
 */
public record Conflict(String firstTreatmentId, String secondTreatmentId, String ruleId, Severity severity,
        String reason) {

    static Conflict of(InteractionRule rule, TreatmentRef first, TreatmentRef second) {
        return new Conflict(first.id(), second.id(), rule.id(), rule.severity(), rule.reason());
    }
}
