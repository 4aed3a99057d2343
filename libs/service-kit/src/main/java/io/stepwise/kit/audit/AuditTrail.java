package io.stepwise.kit.audit;


import org.springframework.data.mongodb.core.MongoTemplate;

/** The append-only store of audit records in the service's own database. */
public class AuditTrail {

    private final MongoTemplate mongo;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public AuditRecord append(AuditRecord record) {
        return mongo.insert(record);
    }
}
