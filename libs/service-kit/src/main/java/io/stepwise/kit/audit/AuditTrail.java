package io.stepwise.kit.audit;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The append-only store of audit records in the service's own database. Where the service has Kafka, the insert also
 * queues the record's event in its outbox, so it reaches {@code audit.records.v1} (the kit's audit publishing).
 */
public class AuditTrail {

    private final MongoTemplate mongo;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Inserts a new record (never replaces one); in: a record made by {@link AuditRecord#recorded}; out: as stored. */
    public AuditRecord append(AuditRecord record) {
        return mongo.insert(record);
    }
}
