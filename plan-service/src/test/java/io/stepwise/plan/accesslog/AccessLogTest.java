package io.stepwise.plan.accesslog;

import static io.stepwise.plan.accesslog.AuditRecordFixtures.event;
import static io.stepwise.plan.accesslog.AuditRecordFixtures.partnerRead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.events.Topics;
import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.plan.accesslog.domain.AccessLogEntry;
import io.stepwise.testkit.TestEvents;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

@ServiceTest(database = "plan-service-test", kafka = true)
class AccessLogTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    /** Before any read these tests audit, so those reads are always newer than the fixtures. */
    private static final Instant MORNING = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void recordsOfAnotherServiceAreListedNewestFirstAPageAtATime() {
        String patient = newPatient();
        var first = partnerRead(patient, MORNING);
        var second = partnerRead(patient, MORNING.plusSeconds(60));
        var third = partnerRead(patient, MORNING.plusSeconds(120));
        TestEvents.send(event(second));
        TestEvents.send(event(third));
        TestEvents.send(event(first));
        awaitStored(patient, 3);

        // The first read: no read of this log has been audited into it yet.
        var newest = accessLog(patient, "?size=2", idp.clinician());
        assertThat(newest.status()).as(newest.toString()).isEqualTo(200);
        assertThat(ids(newest)).containsExactly(third.recordId(), second.recordId());
        assertThat(newest.json().at("/page/totalElements").asLong()).isEqualTo(3);
        var line = newest.json().at("/content/0");
        assertThat(fieldNames(line)).containsExactlyInAnyOrder("id", "at", "service", "actor", "client", "action",
                "resource", "outcome", "status", "request", "correlationId");
        assertThat(Instant.parse(line.get("at").asString())).isEqualTo(third.at());
        assertThat(line.get("service").asString()).isEqualTo("referral-service");
        assertThat(line.get("actor").asString()).isEqualTo("psychology-demo");
        assertThat(line.get("client").asString()).isEqualTo("partner-psychology-demo");
        assertThat(line.get("action").asString()).isEqualTo("READ");
        assertThat(line.get("resource").asString()).isEqualTo(third.resource());
        assertThat(line.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("request").asString()).isEqualTo(third.request());
        assertThat(line.get("correlationId").asString()).isEqualTo(third.correlationId());

        // The read above may have reached the log by now, at the top: the oldest record ends the second page.
        var older = accessLog(patient, "?size=2&page=1", idp.clinicAdmin());
        assertThat(older.status()).isEqualTo(200);
        assertThat(ids(older)).last().isEqualTo(first.recordId());

        var oldestFirst = accessLog(patient, "?size=1&sort=at,asc", idp.clinician());
        assertThat(ids(oldestFirst)).containsExactly(first.recordId());
    }

    @Test
    void aRecordDeliveredTwiceIsStoredOnce() {
        String patient = newPatient();
        var twice = partnerRead(patient, MORNING);
        TestEvents.send(event(twice));
        TestEvents.send(event(twice));
        TestEvents.send(event(partnerRead(patient, MORNING.plusSeconds(1))));

        awaitStored(patient, 2);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(twice.recordId())), AccessLogEntry.class))
                .isEqualTo(1);
    }

    @Test
    void aRecordAboutNoPatientIsNotStored() {
        var noPatient = partnerRead(null, MORNING);
        int partition = TestEvents.send(event(noPatient));
        String patient = newPatient();
        TestEvents.send(event(partnerRead(patient, MORNING)), partition);

        awaitStored(patient, 1);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(noPatient.recordId())), AccessLogEntry.class))
                .isFalse();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsStored() {
        String dlt = Topics.deadLetter(Topics.AUDIT_RECORDS, AccessLogListener.GROUP);
        try (var deadLetters = new TopicReader(TestKafka.shared().bootstrapServers(), dlt)) {
            String notJson = newPatient();
            TestEvents.send(event(notJson, "{not json"));
            String notACloudEvent = newPatient();
            TestEvents.send(new ProducerRecord<>(Topics.AUDIT_RECORDS, notACloudEvent, "{}".getBytes(StandardCharsets.UTF_8)));
            var keyedByAnother = partnerRead(newPatient(), MORNING);
            String wrongKey = newPatient();
            TestEvents.send(event(wrongKey, AuditRecordFixtures.json(keyedByAnother)));
            String healthy = newPatient();
            TestEvents.send(event(partnerRead(healthy, MORNING)));

            await().atMost(ARRIVAL).untilAsserted(() -> {
                assertThat(deadLetters.withKey(notJson)).hasSize(1);
                assertThat(deadLetters.withKey(notACloudEvent)).hasSize(1);
                assertThat(deadLetters.withKey(wrongKey)).hasSize(1);
            });
            assertThat(TopicReader.header(deadLetters.withKey(notJson).getFirst(), "kafka_dlt-exception-message"))
                    .contains("Unreadable payload");
            awaitStored(healthy, 1);
            assertThat(stored(keyedByAnother.patientId())).isZero();
        }
    }

    @Test
    void onlyCliniciansAndClinicAdminsReadTheAccessLog() {
        String patient = newPatient();
        assertThat(accessLog(patient, "", idp.clinician()).status()).isEqualTo(200);
        assertThat(accessLog(patient, "", idp.clinicAdmin()).status()).isEqualTo(200);
        assertProblem(accessLog(patient, "", idp.coordinator()), 403);
        assertProblem(accessLog(patient, "", idp.partner("psychology-demo")), 403);
        assertProblem(accessLog(patient, "", null), 401);
    }

    @Test
    void anUnknownSortKeyIsRefused() {
        assertProblem(accessLog(newPatient(), "?sort=actor", idp.clinician()), 400);
    }

    @Test
    void readingTheAccessLogIsAuditedAndAppearsInItThroughTheAuditTopic() {
        String patient = newPatient();
        String correlationId = "access-log-" + UUID.randomUUID().toString().substring(0, 8);
        var read = Api.atPort(port).get("/api/patients/" + patient + "/access-log").bearer(idp.clinician())
                .header("X-Correlation-Id", correlationId).send();
        assertThat(read.status()).isEqualTo(200);

        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        var record = mongo.findOne(query, AuditRecord.class);
        assertThat(record.service()).isEqualTo("plan-service");
        assertThat(record.action()).isEqualTo(AuditAction.READ);
        assertThat(record.resource()).isEqualTo("accesslog/" + patient);
        assertThat(record.patientId()).isEqualTo(patient);
        assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCESS);

        awaitStored(patient, 1);
        var log = accessLog(patient, "", idp.clinicAdmin());
        assertThat(log.json().at("/content/0/id").asString()).isEqualTo(record.id());
        assertThat(log.json().at("/content/0/service").asString()).isEqualTo("plan-service");
        assertThat(log.json().at("/content/0/actor").asString()).isEqualTo("clinician");
        assertThat(log.json().at("/content/0/resource").asString()).isEqualTo("accesslog/" + patient);
    }

    @Test
    void aRefusedReadOfTheAccessLogIsAuditedToo() {
        String patient = newPatient();
        String correlationId = "access-log-denied-" + UUID.randomUUID().toString().substring(0, 8);
        Api.atPort(port).get("/api/patients/" + patient + "/access-log").bearer(idp.coordinator())
                .header("X-Correlation-Id", correlationId).send();

        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        var record = mongo.findOne(query, AuditRecord.class);
        assertThat(record.outcome()).isEqualTo(AuditOutcome.FORBIDDEN);
        assertThat(record.resource()).isEqualTo("accesslog/" + patient);
        assertThat(record.patientId()).isEqualTo(patient);
    }

    @Test
    void aPatientsEntriesAreIndexedNewestFirst() {
        // Declared on the document, created at start-up; the test database accepts and ignores compound indexes.
        var resolver = IndexResolver.create(mongo.getConverter().getMappingContext());
        assertThat(resolver.resolveIndexFor(AccessLogEntry.class)).extracting(index -> index.getIndexKeys())
                .contains(new org.bson.Document("patientId", 1).append("at", -1));
    }

    private ApiResponse accessLog(String patient, String query, String token) {
        var call = Api.atPort(port).get("/api/patients/" + patient + "/access-log" + query);
        return (token == null ? call : call.bearer(token)).send();
    }

    private void awaitStored(String patient, long count) {
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(stored(patient)).isEqualTo(count));
    }

    private long stored(String patient) {
        return mongo.count(Query.query(Criteria.where("patientId").is(patient)), AccessLogEntry.class);
    }

    private static List<String> ids(ApiResponse response) {
        var ids = new ArrayList<String>();
        response.json().get("content").forEach(line -> ids.add(line.get("id").asString()));
        return ids;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void thereIsNoAccessLogOfAPatientThatDoesNotExist() {
        var missing = accessLog("patient-never-registered", "", idp.clinicAdmin());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    /** A registered patient (the access log answers 404 for a patient that does not exist). */
    private String newPatient() {
        String id = "patient-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(io.stepwise.plan.patient.domain.Patient.register(id, "MRN-" + id, "Access", "Log",
                java.time.LocalDate.of(1970, 1, 1), "test", java.time.Instant.now()));
        return id;
    }
}
