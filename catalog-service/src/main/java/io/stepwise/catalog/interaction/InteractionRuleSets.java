package io.stepwise.catalog.interaction;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface InteractionRuleSets extends MongoRepository<InteractionRuleSet, String> {
}
