package io.stepwise.catalog.interaction;

import io.stepwise.catalog.interaction.domain.InteractionRuleSet;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface InteractionRuleSets extends MongoRepository<InteractionRuleSet, String> {
}
