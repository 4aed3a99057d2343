package io.stepwise.kit.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One access to patient data: who (the user, or the machine client), through which client, did what to which resource,
 * when, why, and under which correlation id. Records are only ever inserted.
 */
@Document(AuditRecord.COLLECTION)
public record AuditRecord(@Id String id, Instant at, String actor, String client, String action, String resource,
        String reason, String correlationId) {

    public static final String COLLECTION = "audit_records";
}
