package io.stepwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals the gateway answers itself on patient data never reach a service, so the gateway audits them: the record is
 * on audit.records.v1 (keyed by the patient) for the patient's access log. Requests it passes on are the services' to
 * audit.
 */
class DeniedPatientAccessTest extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode auditRecordFor(TopicReader topic, String patientId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !topic.withKey(patientId).isEmpty());
        var record = topic.withKey(patientId).getFirst();
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.AUDIT_RECORDED);
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:stepwise:gateway");
        return JSON.readTree(TopicReader.value(record));
    }

    @Test
    void aPartnerRefusedAPatientsRecordIsAudited() {
        try (var topic = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.AUDIT_RECORDS)) {
            var refused = Api.atPort(port).get("/api/patients/patient-denied-1").bearer(idp.partner("psychology-demo"))
                    .header("X-Correlation-Id", "gw-denied-1").send();
            assertProblem(refused, 403, "forbidden");
            assertThat(upstream.received()).isEmpty();

            JsonNode record = auditRecordFor(topic, "patient-denied-1");
            assertThat(record.get("service").asString()).isEqualTo("gateway");
            assertThat(record.get("actor").asString()).isEqualTo("partner-psychology-demo");
            assertThat(record.get("client").asString()).isEqualTo("partner-psychology-demo");
            assertThat(record.get("outcome").asString()).isEqualTo("FORBIDDEN");
            assertThat(record.get("status").asInt()).isEqualTo(403);
            assertThat(record.get("action").asString()).isEqualTo("READ");
            assertThat(record.get("request").asString()).isEqualTo("GET /api/patients/patient-denied-1");
            assertThat(record.get("correlationId").asString()).isEqualTo("gw-denied-1");
            assertThat(record.get("recordId").asString()).isNotBlank();
        }
    }

    @Test
    void anAnonymousAttemptOnAPatientsPlansIsAudited() {
        try (var topic = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.AUDIT_RECORDS)) {
            var refused = Api.atPort(port).get("/api/plans?patientId=patient-denied-2").send();
            assertProblem(refused, 401, "unauthenticated");

            JsonNode record = auditRecordFor(topic, "patient-denied-2");
            assertThat(record.get("actor").asString()).isEqualTo("anonymous");
            assertThat(record.get("outcome").asString()).isEqualTo("UNAUTHENTICATED");
            assertThat(record.get("patientId").asString()).isEqualTo("patient-denied-2");
        }
    }
}
