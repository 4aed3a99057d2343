package io.stepwise.kit.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.domain.HasOutbox;

/**
 * One request on patient data: who (user name, or the machine client's id), through which OAuth2 client, did what to
 * which resource of which patient, how it ended, when (UTC), in which service and under which correlation id. Only
 * ever inserted: the outbox relay empties its {@code outbox} once the record is on Kafka, and nothing else changes it.
 * A new record ({@link #recorded}) records one {@link AuditRecorded} event, so it reaches {@code audit.records.v1}
 * when the service has Kafka.
 *
 * @param service   the service that answered ({@code spring.application.name}); null in records written before it
 * @param actor     the user name, the client id of a machine client, or {@code anonymous}
 * @param client    the OAuth2 client ({@code azp}) the token was issued to; null without a valid token
 * @param patientId the patient concerned, when known
 * @param resource  e.g. {@code careplan/0190…} or {@code careplan} for a search
 * @param request   method and path, e.g. {@code GET /api/plans/0190…}
 * @param status    the HTTP status answered
 * @param outbox    the record's one event until Kafka has it; empty in records written before audit records were sent
 */
@Document(AuditRecord.COLLECTION)
public record AuditRecord(@Id String id, Instant at, String service, String actor, String client, AuditAction action,
        String patientId, String resource, AuditOutcome outcome, int status, String request, String correlationId,
        EventOutbox outbox) implements HasOutbox {

    public static final String COLLECTION = "audit_records";

    public AuditRecord {
        outbox = outbox == null ? EventOutbox.empty() : outbox;
    }

    /**
     * A new record with its {@link AuditRecorded} event, ready to be inserted. In: the record's fields. Out: the record,
     * whose outbox holds the event until the insert turns it into a pending wire event.
     */
    public static AuditRecord recorded(String id, Instant at, String service, String actor, String client,
            AuditAction action, String patientId, String resource, AuditOutcome outcome, int status, String request,
            String correlationId) {
        var record = new AuditRecord(id, at, service, actor, client, action, patientId, resource, outcome, status,
                request, correlationId, EventOutbox.empty());
        record.outbox().record(new AuditRecorded(record));
        return record;
    }
}
