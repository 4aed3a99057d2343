package io.stepwise.plan.accesslog;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.kit.consumer.EventPayloads;

/**
 * Builds the patients' access logs from every service's audit records. A record that names a patient becomes one
 * entry under the record's id, so a repeat is stored once; a record about no patient (an operator's outbox list, a
 * search without a patient) has no place in any patient's log and is skipped. Failures follow the kit's consumer
 * rules: poison records go to the dead-letter topic at once, others after retries in place.
 */
@Component
class AccessLogListener {

    static final String GROUP = "plan-service.access-log";
    private static final Logger log = LoggerFactory.getLogger(AccessLogListener.class);

    private final EventPayloads payloads;
    private final AccessLog accessLog;

    AccessLogListener(EventPayloads payloads, AccessLog accessLog) {
        this.payloads = payloads;
        this.accessLog = accessLog;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.AUDIT_RECORDS)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        payloads.readIf(record, EventTypes.AUDIT_RECORDED, AuditRecordPayload.class)
                .ifPresent(recorded -> onRecord(recorded.event(), recorded.payload()));
    }

    private void onRecord(ReceivedEvent event, AuditRecordPayload payload) {
        if (payload.patientId() == null || payload.patientId().isBlank()) {
            log.trace("Audit record {} names no patient", payload.recordId());
            return;
        }
        if (!accessLog.add(AuditRecordMapping.entry(event, payload))) {
            log.debug("Audit record {} is already in the access log", payload.recordId());
        }
    }
}
