package io.stepwise.catalog.interaction;

import io.stepwise.catalog.interaction.domain.InteractionRulesChanged;
import io.stepwise.events.catalog.InteractionRuleSetPayload;
import io.stepwise.interactions.RuleSubject;

/** The wire form of a rule-set change: the whole set with its version. */
public final class RuleSetPayloads {

    private RuleSetPayloads() {
    }

    public static InteractionRuleSetPayload of(InteractionRulesChanged event, long sequence) {
        var rules = event.rules().stream().map(rule -> new InteractionRuleSetPayload.Rule(rule.id(),
                subject(rule.a()), subject(rule.b()), rule.severity().name(), rule.reason())).toList();
        return new InteractionRuleSetPayload(event.ruleSetId(), sequence, event.version(), rules);
    }

    private static InteractionRuleSetPayload.Subject subject(RuleSubject subject) {
        return new InteractionRuleSetPayload.Subject(subject.treatmentId(), subject.kind());
    }
}
