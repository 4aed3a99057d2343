package io.stepwise.kit.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The service's database answers a {@code ping}. Boot's own indicator asks every database for {@code hello}, which the
 * local Mongo-wire server does not know, so it reported DOWN (with a stack trace per probe) while all was well.
 */
public class MongoPingHealth extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealth(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        mongo.executeCommand(new Document("ping", 1));
        health.up().withDetail("database", mongo.getDb().getName());
    }
}
