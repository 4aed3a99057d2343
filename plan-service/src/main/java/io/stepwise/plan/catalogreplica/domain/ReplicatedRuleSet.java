package io.stepwise.plan.catalogreplica.domain;

import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.interactions.InteractionRule;

/**
 * plan-service's copy of the clinic's interaction rule set, as the shared {@link InteractionRule}s, so that care
 * plans (the care-plan issue) will match them with the same {@code InteractionChecker} the catalog uses.
 *
 * @param id       the rule set's id ({@code clinic})
 * @param sequence the sequence of the catalog event this copy was taken from
 * @param version  the rule set's version
 * @param rules    the rules, in the order the catalog keeps them
 */
@Document(ReplicatedRuleSet.COLLECTION)
public record ReplicatedRuleSet(@Id String id, long sequence, long version, List<InteractionRule> rules) {

    public static final String COLLECTION = "catalog_rule_sets";

    public ReplicatedRuleSet {
        Objects.requireNonNull(id, "id");
        rules = List.copyOf(rules == null ? List.of() : rules);
    }
}
