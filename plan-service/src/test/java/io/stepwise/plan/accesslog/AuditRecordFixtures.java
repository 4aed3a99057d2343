package io.stepwise.plan.accesslog;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import tools.jackson.databind.json.JsonMapper;

/** Audit records as referral-service would send them, written straight to the audit topic. */
final class AuditRecordFixtures {

    static final String REFERRAL_SERVICE = "referral-service";
    private static final URI SOURCE = URI.create("urn:stepwise:" + REFERRAL_SERVICE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A partner's read of one of the patient's referrals, answered at {@code at}. */
    static AuditRecordPayload partnerRead(String patientId, Instant at) {
        String referral = "ref-" + UUID.randomUUID().toString().substring(0, 8);
        return new AuditRecordPayload(UUID.randomUUID().toString(), 1, at, REFERRAL_SERVICE, "psychology-demo",
                "partner-psychology-demo", "READ", patientId, "referral/" + referral, "SUCCESS", 200,
                "GET /partner-api/v1/referrals/" + referral, "corr-" + referral);
    }

    /** The record as a CloudEvent, keyed as the kit keys it: by the patient, or by the record's id without one. */
    static ProducerRecord<String, byte[]> event(AuditRecordPayload payload) {
        String key = payload.patientId() != null ? payload.patientId() : payload.recordId();
        return event(key, json(payload));
    }

    static String json(AuditRecordPayload payload) {
        return JSON.writeValueAsString(payload);
    }

    static ProducerRecord<String, byte[]> event(String key, String payloadJson) {
        return CloudEventRecords.toRecord(new EventEnvelope(UUID.randomUUID().toString(), EventTypes.AUDIT_RECORDED,
                Topics.AUDIT_RECORDS, key, Instant.now(), payloadJson), SOURCE);
    }

}
