package io.stepwise.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import io.stepwise.events.audit.AuditRecordPayload;
import tools.jackson.databind.json.JsonMapper;

class TopicDefinitionsTest {

    @Test
    void theAuditTopicKeepsEveryRecordRatherThanTheLatestPerKey() {
        var topic = TopicDefinitions.auditRecords(3, (short) 1);
        assertThat(topic.name()).isEqualTo("audit.records.v1").isEqualTo(Topics.AUDIT_RECORDS);
        assertThat(topic.numPartitions()).isEqualTo(3);
        assertThat(topic.configs() == null ? null : topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG))
                .as("not compacted: a patient's later record must not erase an earlier one").isNull();
    }

    @Test
    void anAuditRecordPayloadReadsBackAsItWasWritten() {
        var json = JsonMapper.builder().build();
        var payload = new AuditRecordPayload("0190-rec", 1, Instant.parse("2026-12-01T09:30:00.123Z"), "referral-service",
                "psychology-demo", "partner-psychology-demo", "SEARCH", null, "referral", "SUCCESS", 200,
                "GET /partner-api/v1/referrals", "corr-9");
        String written = json.writeValueAsString(payload);
        assertThat(written).contains("\"at\":\"2026-12-01T09:30:00.123Z\"");
        assertThat(json.readValue(written, AuditRecordPayload.class)).isEqualTo(payload);
    }
}
