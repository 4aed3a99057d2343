package io.stepwise.plan.catalogreplica;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReplicatedRuleSets extends MongoRepository<ReplicatedRuleSet, String> {
}
