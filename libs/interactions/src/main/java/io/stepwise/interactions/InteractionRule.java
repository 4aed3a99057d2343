package io.stepwise.interactions;

import java.util.Objects;

/**
 * Two subjects that should not be combined, how strongly, and why. The order of {@code a} and {@code b} carries no
 * meaning: a rule between A and B also applies to B and A.
 *
 * @param id       the rule's id
 * @param a        one side
 * @param b        the other side (may name the same kind as {@code a}: two treatments of one kind)
 * @param severity how strongly the combination is advised against
 * @param reason   why, for the clinician reading the warning
 */
public record InteractionRule(String id, RuleSubject a, RuleSubject b, Severity severity, String reason) {

    public InteractionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether this rule concerns these two treatments, in either order. The caller passes two different treatments;
     * {@link InteractionChecker} never pairs a treatment with itself.
     */
    public boolean appliesTo(TreatmentRef first, TreatmentRef second) {
        return a.matches(first) && b.matches(second) || a.matches(second) && b.matches(first);
    }
}
