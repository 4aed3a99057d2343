package io.stepwise.catalog.interaction.domain;

import java.util.List;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.kit.domain.DomainEvent;

/** The clinic's rule set changed; carries the whole set as it became, with its new version. */
public record InteractionRulesChanged(String ruleSetId, long version, List<InteractionRule> rules) implements DomainEvent {

    public InteractionRulesChanged {
        rules = List.copyOf(rules);
    }
}
