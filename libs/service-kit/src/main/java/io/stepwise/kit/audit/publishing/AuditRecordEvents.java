package io.stepwise.kit.audit.publishing;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.kit.audit.AuditRecorded;
import io.stepwise.kit.outbox.EventExternalization;

/**
 * How an audit record goes on the wire: CloudEvent type {@code io.stepwise.audit.record.recorded} on
 * {@code audit.records.v1}, keyed by the patient (so one patient's records stay in order on one partition) or, for a
 * record about no patient, by its own id; the payload is the whole record.
 */
final class AuditRecordEvents {

    private AuditRecordEvents() {
    }

    static EventExternalization externalization() {
        return EventExternalization.builder()
                .route(AuditRecorded.class, EventTypes.AUDIT_RECORDED, Topics.AUDIT_RECORDS, AuditRecordEvents::key,
                        AuditRecordEvents::payload)
                .build();
    }

    /** The Kafka key (and CloudEvent subject): the patient id when the record names one, else the record id. */
    static String key(AuditRecorded event) {
        String patientId = event.record().patientId();
        return patientId == null || patientId.isBlank() ? event.record().id() : patientId;
    }

    /** In: the event and its sequence (always 1: a record has one event). Out: the payload, field for field. */
    static AuditRecordPayload payload(AuditRecorded event, long sequence) {
        AuditRecord record = event.record();
        return new AuditRecordPayload(record.id(), sequence, record.at(), record.service(), record.actor(),
                record.client(), record.action().name(), record.patientId(), record.resource(),
                record.outcome().name(), record.status(), record.request(), record.correlationId());
    }
}
