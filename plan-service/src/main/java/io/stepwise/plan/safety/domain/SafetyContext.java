package io.stepwise.plan.safety.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.stepwise.interactions.InteractionRule;

/**
 * What the safety rules know besides the plan.
 *
 * @param interactionRules the clinic's interaction rules, as the catalog replica has them
 * @param today            the clinic's current date (UTC), for review dates
 */
public record SafetyContext(List<InteractionRule> interactionRules, LocalDate today) {

    public SafetyContext {
        interactionRules = List.copyOf(interactionRules);
        Objects.requireNonNull(today, "today");
    }
}
