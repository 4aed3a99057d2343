package io.stepwise.kit.audit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The append-only store of audit records in the service's own database. */
public class AuditTrail {

    private final MongoTemplate mongo;

    public AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public AuditRecord append(AuditRecord record) {
        return mongo.insert(record);
    }

    /** A patient's records, newest first, at most {@code limit}. */
    public List<AuditRecord> forPatient(String patientId, int limit) {
        return mongo.find(Query.query(Criteria.where("patientId").is(patientId))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditRecord.class);
    }
}
