package io.stepwise.plan.accesslog;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.testkit.TestKafka;
import tools.jackson.databind.json.JsonMapper;

/** Audit records as referral-service would send them, written straight to the audit topic. */
final class AuditRecordFixtures implements AutoCloseable {

    static final String REFERRAL_SERVICE = "referral-service";
    private static final URI SOURCE = URI.create("urn:stepwise:" + REFERRAL_SERVICE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

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

    /** Sends and waits for the broker's acknowledgement. Out: the partition it went to. */
    int send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get().partition();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends to one partition, whatever the key: to put a record before a marker on the same partition. */
    void send(ProducerRecord<String, byte[]> record, int partition) {
        send(new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
