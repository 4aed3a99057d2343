package io.stepwise.plan.catalogreplica;

import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReplicatedRuleSets extends MongoRepository<ReplicatedRuleSet, String> {
}
