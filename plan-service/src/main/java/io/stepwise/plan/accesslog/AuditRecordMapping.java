package io.stepwise.plan.accesslog;

import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.plan.accesslog.domain.AccessLogEntry;

/**
 * Turns a received audit record into an access-log entry. In: the event and its payload, which names a patient. Out:
 * the entry. A record missing what the log needs (id, time, service, action, outcome, request), or whose Kafka key
 * and CloudEvent subject are not its patient, is a poison record: {@link PoisonPayloadException}, parked on the
 * dead-letter topic rather than retried.
 */
final class AuditRecordMapping {

    private AuditRecordMapping() {
    }

    static AccessLogEntry entry(ReceivedEvent event, AuditRecordPayload record) {
        String patientId = record.patientId();
        if (!patientId.equals(event.key()) || !patientId.equals(event.subject())) {
            throw poison(event, "patient " + patientId + " does not match key " + event.key() + " and subject "
                    + event.subject());
        }
        require(event, "recordId", record.recordId());
        require(event, "at", record.at());
        require(event, "service", record.service());
        require(event, "action", record.action());
        require(event, "outcome", record.outcome());
        require(event, "request", record.request());
        return new AccessLogEntry(record.recordId(), record.at(), record.service(), record.actor(), record.client(),
                record.action(), patientId, record.resource(), record.outcome(), record.status(), record.request(),
                record.correlationId());
    }

    private static void require(ReceivedEvent event, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw poison(event, "the audit record has no " + field);
        }
    }

    private static PoisonPayloadException poison(ReceivedEvent event, String why) {
        return new PoisonPayloadException(event, new IllegalArgumentException(why));
    }
}
