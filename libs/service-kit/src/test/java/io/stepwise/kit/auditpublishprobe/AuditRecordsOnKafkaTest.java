package io.stepwise.kit.auditpublishprobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.kit.outbox.OutboxRelay;
import io.stepwise.kit.outbox.OutboxSource;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every audit record reaches {@code audit.records.v1} as a CloudEvent, through the service's outbox. */
@ServiceTest(database = "kit-audit-publishing-probe", kafka = true)
@TestPropertySource(properties = {"spring.application.name=audit-probe",
        "stepwise.outbox.operations-path=/api/probe/outbox"})
class AuditRecordsOnKafkaTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    private TopicReader reader;

    @BeforeEach
    void readTheAuditTopic() {
        reader = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.AUDIT_RECORDS);
    }

    @AfterEach
    void stopReading() {
        reader.close();
    }

    @Test
    void aReadOfPatientDataReachesTheAuditTopicAsACloudEventKeyedByThePatient() {
        String patient = unique("patient");
        String correlationId = unique("corr");
        var response = Api.atPort(port).get("/api/patients/" + patient).bearer(idp.clinician())
                .header("X-Correlation-Id", correlationId).send();
        assertThat(response.status()).isEqualTo(200);

        var record = theOneRecordKeyed(patient);
        var stored = theStoredRecord(correlationId);
        assertThat(record.topic()).isEqualTo(Topics.AUDIT_RECORDS);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.AUDIT_RECORDED);
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:stepwise:audit-probe");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(patient);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");

        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.get("recordId").asString()).isEqualTo(stored.id());
        assertThat(payload.get("sequence").asLong()).isEqualTo(1);
        assertThat(Instant.parse(payload.get("at").asString())).isEqualTo(stored.at());
        assertThat(payload.get("service").asString()).isEqualTo("audit-probe");
        assertThat(payload.get("actor").asString()).isEqualTo("clinician");
        assertThat(payload.get("client").asString()).isEqualTo("stepwise-gateway");
        assertThat(payload.get("action").asString()).isEqualTo("READ");
        assertThat(payload.get("patientId").asString()).isEqualTo(patient);
        assertThat(payload.get("resource").asString()).isEqualTo("patient/" + patient);
        assertThat(payload.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(payload.get("status").asInt()).isEqualTo(200);
        assertThat(payload.get("request").asString()).isEqualTo("GET /api/patients/" + patient);
        assertThat(payload.get("correlationId").asString()).isEqualTo(correlationId);
    }

    @Test
    void aRefusedRequestIsSentToo() {
        String patient = unique("patient");
        Api.atPort(port).get("/api/patients/" + patient).bearer(idp.coordinator()).send();
        Api.atPort(port).get("/api/patients/" + patient).send();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(patient)).hasSize(2));
        assertThat(reader.withKey(patient)).extracting(record -> JSON.readTree(record.value()).get("outcome").asString())
                .containsExactlyInAnyOrder("FORBIDDEN", "UNAUTHENTICATED");
    }

    @Test
    void aRecordAboutNoPatientIsKeyedByItsOwnId() {
        String correlationId = unique("corr");
        Api.atPort(port).get("/api/patients").bearer(idp.clinician()).header("X-Correlation-Id", correlationId).send();

        var stored = theStoredRecord(correlationId);
        var record = theOneRecordKeyed(stored.id());
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(stored.id());
        assertThat(JSON.readTree(record.value()).get("patientId").isNull()).isTrue();
        assertThat(JSON.readTree(record.value()).get("action").asString()).isEqualTo("SEARCH");
    }

    @Test
    void theRelayOnlyEmptiesTheRecordsOutboxAndLeavesTheRecordAsItWas() {
        String patient = unique("patient");
        String correlationId = unique("corr");
        Api.atPort(port).get("/api/patients/" + patient).bearer(idp.clinician()).header("X-Correlation-Id", correlationId)
                .send();
        theOneRecordKeyed(patient);
        var before = theStoredRecord(correlationId);

        await().atMost(Duration.ofSeconds(10)).until(() -> storedOutbox(before.id()).getList("pending", Object.class)
                .isEmpty());
        var after = mongo.findById(before.id(), AuditRecord.class);
        assertThat(after).usingRecursiveComparison().ignoringFields("outbox").isEqualTo(before);
        assertThat(storedOutbox(before.id()).get("nextAttemptAt")).as("nothing left due").isNull();
    }

    @Test
    void theAuditRecordsAloneAreEnoughForTheRelayToRun() {
        assertThat(context.getBeansOfType(OutboxSource.class).values()).containsExactly(OutboxSource.of(AuditRecord.class));
        assertThat(context.getBeansOfType(OutboxRelay.class)).hasSize(1);
        var indexed = mongo.indexOps(AuditRecord.COLLECTION).getIndexInfo().stream()
                .flatMap(index -> index.getIndexFields().stream()).map(field -> field.getKey()).toList();
        assertThat(indexed).as("the relay's scan of audit_records is indexed").contains("outbox.nextAttemptAt");
    }

    private ConsumerRecord<String, byte[]> theOneRecordKeyed(String key) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(key)).hasSize(1));
        return reader.withKey(key).getFirst();
    }

    private AuditRecord theStoredRecord(String correlationId) {
        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        return mongo.findOne(query, AuditRecord.class);
    }

    private Document storedOutbox(String id) {
        return mongo.findById(id, Document.class, AuditRecord.COLLECTION).get("outbox", Document.class);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
