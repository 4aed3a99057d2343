package io.stepwise.catalog.interaction.domain;

import java.util.Objects;

/** Two subjects that should not be combined, how strongly, and why. */
public record InteractionRule(String id, RuleSubject a, RuleSubject b, Severity severity, String reason) {

    public InteractionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether this rule concerns these two (different) treatments, in either order. */
    public boolean appliesTo(TreatmentRef first, TreatmentRef second) {
        return (a.matches(first) && b.matches(second)) || (a.matches(second) && b.matches(first));
    }
}
