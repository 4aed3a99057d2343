package io.stepwise.kit.outboxprobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

import io.stepwise.kit.outbox.OutboxMetrics;
import io.stepwise.kit.outbox.UnmappedEventException;
import io.stepwise.kit.outboxprobe.OutboxProbeApplication.Note;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest(database = "kit-outbox", kafka = true)
@TestPropertySource(properties = {"stepwise.outbox.operations-path=/api/probe/outbox", "stepwise.outbox.max-attempts=3",
        "stepwise.outbox.retry-backoff=100ms", "stepwise.outbox.metrics-interval=100ms", "stepwise.outbox.batch-size=2"})
class OutboxRelayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @Autowired
    Notes notes;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxMetrics metrics;

    @LocalServerPort
    int port;

    private TopicReader reader;

    @BeforeEach
    void read() {
        reader = new TopicReader(TestKafka.shared().bootstrapServers(), OutboxProbeApplication.TOPIC,
                OutboxProbeApplication.LIMITED_TOPIC);
    }

    @AfterEach
    void stopReading() {
        reader.close();
    }

    private Note noteWithEvents(int count) {
        var note = Note.create(UUID.randomUUID().toString());
        for (int i = 1; i <= count; i++) {
            note.write("text " + i);
        }
        return notes.save(note);
    }

    private Document storedOutbox(String id) {
        return mongo.findById(id, Document.class, "notes").get("outbox", Document.class);
    }

    private List<Object> storedPendingEvents(String id) {
        return storedOutbox(id).getList("pending", Object.class);
    }

    @Test
    void publishesAnAggregatesRecordedEventsInOrderThenRemovesThemFromItsOutbox() {
        var note = noteWithEvents(3);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(note.id())).hasSize(3));
        var payloads = reader.withKey(note.id()).stream().map(record -> JSON.readTree(record.value())).toList();
        assertThat(payloads).extracting(payload -> payload.get("sequence").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(payloads).extracting(payload -> payload.get("text").asString())
                .containsExactly("text 1", "text 2", "text 3");
        assertThat(TopicReader.header(reader.withKey(note.id()).getFirst(), "ce_type"))
                .isEqualTo("io.stepwise.probe.note.written");
        await().atMost(Duration.ofSeconds(10)).until(() -> storedPendingEvents(note.id()).isEmpty());
        assertThat(storedOutbox(note.id()).get("nextAttemptAt")).as("nothing left due").isNull();
        assertThat(storedOutbox(note.id()).get("sequence")).isEqualTo(3L);
    }

    @Test
    void moreDueDocumentsThanOneBatchAreAllPublished() {
        var saved = java.util.stream.IntStream.range(0, 7).mapToObj(i -> noteWithEvents(1)).toList();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> saved.forEach(note ->
                assertThat(reader.withKey(note.id())).hasSize(1)));
    }

    @Test
    void aSaveWithAnEventNobodyMappedFailsAndStoresNothing() {
        var note = Note.create(UUID.randomUUID().toString());
        note.forget();
        assertThatThrownBy(() -> notes.save(note)).isInstanceOf(UnmappedEventException.class)
                .hasMessageContaining("NoteForgotten");
        assertThat(notes.existsById(note.id())).isFalse();
    }

    @Test
    void theServiceIsHealthyOnTheMongoWireServer() {
        var health = Api.atPort(port).get("/actuator/health").send();
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theDueScanIndexExists() {
        var indexed = mongo.indexOps("notes").getIndexInfo().stream()
                .flatMap(index -> index.getIndexFields().stream()).map(field -> field.getKey()).toList();
        assertThat(indexed).contains("outbox.nextAttemptAt", "outbox.failedAt");
    }

    @Test
    void aDocumentKafkaRefusesFailsAfterItsAttemptsWithoutHoldingBackOthersAndIsResubmittedByAnOperator() throws Exception {
        var refused = Note.create("refused-" + UUID.randomUUID().toString().substring(0, 8));
        refused.writeToTheLimitedTopic("x".repeat(5_000));
        notes.save(refused);
        var next = noteWithEvents(1);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(next.id())).hasSize(1));
        await().atMost(Duration.ofSeconds(15)).until(() -> storedOutbox(refused.id()).get("failedAt") != null);
        var failed = storedOutbox(refused.id());
        assertThat(failed.getInteger("attempts")).isEqualTo(3);
        assertThat(failed.getString("lastError")).contains("RecordTooLarge");
        assertThat(failed.get("nextAttemptAt")).as("no longer retried every round").isNull();
        assertThat(storedPendingEvents(refused.id())).as("kept, for an operator").hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.failed() >= 1);
        var gauge = Api.atPort(port).get("/actuator/metrics/stepwise.outbox.failed").bearer(idp.clinicAdmin()).send();
        assertThat(gauge.status()).as(gauge.toString()).isEqualTo(200);
        assertThat(gauge.json().at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(Api.atPort(port).get("/actuator/metrics/stepwise.outbox.failed").bearer(idp.clinician()).send()
                .status()).isEqualTo(403);

        var api = Api.atPort(port);
        var listed = api.get("/api/probe/outbox/failed-documents").bearer(idp.clinicAdmin()).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body()).contains(refused.id()).contains("RecordTooLarge").contains("\"collection\":\"notes\"");
        assertThat(listed.json().at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/probe/outbox/failed-documents").bearer(idp.clinician()).send().status()).isEqualTo(403);
        var unknown = api.post("/api/probe/outbox/failed-documents/notes/no-such-note/resubmit", "")
                .bearer(idp.clinicAdmin()).send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        raiseTheLimitedTopicsRecordLimit();
        var resubmitted = api.post("/api/probe/outbox/failed-documents/notes/" + refused.id() + "/resubmit", "")
                .bearer(idp.clinicAdmin()).send();
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(refused.id())).hasSize(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedPendingEvents(refused.id()).isEmpty());
        assertThat(storedOutbox(refused.id()).get("failedAt")).isNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.failed() == 0);
    }

    private static void raiseTheLimitedTopicsRecordLimit() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.shared().bootstrapServers()))) {
            var topic = new ConfigResource(ConfigResource.Type.TOPIC, OutboxProbeApplication.LIMITED_TOPIC);
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
    }

    @Test
    void aDocumentSavedBeforeTheEmbeddedOutboxKeepsItsSequenceAndItsPendingEvents() throws Exception {
        String id = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
        var event = new Document("_id", UUID.randomUUID().toString()).append("type", "io.stepwise.probe.note.written")
                .append("topic", OutboxProbeApplication.TOPIC).append("key", id).append("sequence", 5L)
                .append("time", java.util.Date.from(java.time.Instant.now()))
                .append("payload", "{\"noteId\":\"" + id + "\",\"sequence\":5,\"text\":\"old\"}");
        mongo.insert(new Document("_id", id).append("revision", 3L).append("eventSequence", 5L).append("pendingEvents", List.of(event)), "notes");

        String sentLongAgo = "legacy-sent-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new Document("_id", sentLongAgo).append("revision", 7L).append("eventSequence", 12L)
                .append("pendingEvents", List.of()), "notes");

        org.springframework.test.util.ReflectionTestUtils.invokeMethod(
                context.getBean("legacyOutboxFields"), "migrate", "notes");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(id)).hasSize(1));

        var quiet = notes.findById(sentLongAgo).orElseThrow();
        assertThat(quiet.outbox().sequence()).isEqualTo(12L);
        quiet.write("after the upgrade");
        notes.save(quiet);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(sentLongAgo)).singleElement()
                .satisfies(record -> assertThat(JSON.readTree(record.value()).get("sequence").asLong()).isEqualTo(13L)));

        var note = notes.findById(id).orElseThrow();
        note.write("new");
        notes.save(note);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(id)).hasSize(2));
        assertThat(reader.withKey(id).stream().map(record -> JSON.readTree(record.value()).get("sequence").asLong()))
                .as("the sequence goes on from the legacy one").containsExactly(5L, 6L);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anEventWhoseRemovalWasLostIsSentAgain() {
        var note = noteWithEvents(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> storedPendingEvents(note.id()).isEmpty());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(note.id())).hasSize(1));

        // As if the relay had crashed after Kafka acknowledged the event and before it was removed.
        var original = note.outbox().pending().getFirst();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(note.id())),
                new Update().push("outbox.pending", mongo.getConverter().convertToMongoType(original))
                        .set("outbox.nextAttemptAt", java.time.Instant.now()), "notes");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(note.id())).hasSize(2));
        var ids = reader.withKey(note.id()).stream().map(record -> TopicReader.header(record, "ce_id")).distinct().toList();
        assertThat(ids).as("the same event, sent twice").hasSize(1);
    }
}
