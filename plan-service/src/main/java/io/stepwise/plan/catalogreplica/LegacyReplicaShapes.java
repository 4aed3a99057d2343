package io.stepwise.plan.catalogreplica;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;

/**
 * Replica rule sets stored before the replica was typed keep each rule's id as {@code ruleId} and cannot be read any
 * more. They are removed before the listener starts; finding the collection empty, it rebuilds the replica from the
 * compacted topic (decision 17).
 */
@Component
class LegacyReplicaShapes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LegacyReplicaShapes.class);

    private final MongoTemplate mongo;

    LegacyReplicaShapes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long removed = mongo.remove(Query.query(Criteria.where("rules.ruleId").exists(true)), ReplicatedRuleSet.COLLECTION)
                .getDeletedCount();
        if (removed > 0) {
            log.info("Removed {} replica rule sets of the untyped shape; the replica rebuilds them from the topic", removed);
        }
    }
}
