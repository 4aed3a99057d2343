package io.stepwise.plan.catalogreplica;

import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestEvents;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;

@ServiceTest(database = "plan-service-test", kafka = true)
class CatalogReplicaTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final URI CATALOG = URI.create("urn:stepwise:catalog-service");
    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aPublishedTreatmentAppearsInTheReplica() {
        String id = newId();
        send(treatmentEvent(id, 1, "Replica NSAID", "PUBLISHED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(replicaName(id)).isEqualTo("Replica NSAID"));
        var treatment = replica(id);
        assertThat(treatment.json().get("kind").asString()).isEqualTo("nsaid");
        assertThat(treatment.json().at("/flags/requiresMonitoring").asBoolean()).isTrue();
    }

    @Test
    void aRepeatedEventAndAnOlderEventReplayedLaterChangeNothing() {
        String id = newId();
        var second = treatmentEvent(id, 2, "Second version", "PUBLISHED");
        int partition = send(second);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(replicaName(id)).isEqualTo("Second version"));

        send(second);
        send(treatmentEvent(id, 1, "First version, late", "PUBLISHED"));
        // On the same partition, after them: once the marker is applied, so were they.
        String marker = newId();
        var markerEvent = treatmentEvent(marker, 1, "Marker", "PUBLISHED");
        send(new ProducerRecord<>(markerEvent.topic(), partition, markerEvent.key(), markerEvent.value(), markerEvent.headers()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(replicaName(marker)).isEqualTo("Marker"));

        assertThat(replicaName(id)).isEqualTo("Second version");
        assertThat(replica(id).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsApplied() {
        String dlt = Topics.deadLetter(Topics.CATALOG_TREATMENTS, CatalogReplicaListener.GROUP);
        try (var deadLetters = new TopicReader(TestKafka.shared().bootstrapServers(), dlt)) {
            String poisoned = newId();
            var notJson = CloudEventRecords.toRecord(new EventEnvelope(UUID.randomUUID().toString(),
                    EventTypes.TREATMENT_PUBLISHED, Topics.CATALOG_TREATMENTS, poisoned, Instant.now(), "{not json"), CATALOG);
            send(notJson);
            String notACloudEvent = newId();
            send(new ProducerRecord<>(Topics.CATALOG_TREATMENTS, notACloudEvent, "{}".getBytes(StandardCharsets.UTF_8)));
            String healthy = newId();
            send(treatmentEvent(healthy, 1, "After the poison", "PUBLISHED"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(deadLetters.withKey(poisoned)).hasSize(1);
                assertThat(deadLetters.withKey(notACloudEvent)).hasSize(1);
            });
            var parked = deadLetters.withKey(poisoned).getFirst();
            assertThat(TopicReader.value(parked)).isEqualTo("{not json");
            assertThat(TopicReader.header(parked, "kafka_dlt-exception-message")).contains("Unreadable payload");
            assertThat(TopicReader.header(parked, "ce_type")).isEqualTo(EventTypes.TREATMENT_PUBLISHED);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(replicaName(healthy)).isEqualTo("After the poison"));
            assertThat(replica(poisoned).status()).isEqualTo(404);
        }
    }

    @Test
    void anEmptiedReplicaRebuildsItselfFromTheCompactedTopics() {
        String id = newId();
        send(treatmentEvent(id, 1, "Survives a wipe", "PUBLISHED"));
        send(ruleSetEvent(7));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(replicaName(id)).isEqualTo("Survives a wipe"));

        var container = listeners.getListenerContainer(CatalogReplicaListener.GROUP);
        container.stop();
        mongo.dropCollection(ReplicatedTreatment.COLLECTION);
        mongo.dropCollection(ReplicatedRuleSet.COLLECTION);
        container.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(replicaName(id)).isEqualTo("Survives a wipe"));

        // Only the rule set gone: that topic alone is read again.
        container.stop();
        mongo.dropCollection(ReplicatedRuleSet.COLLECTION);
        container.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(replicaName(id)).isEqualTo("Survives a wipe");
            var rules = Api.atPort(port).get("/api/plans/catalog/interaction-rules").bearer(idp.clinician()).send();
            assertThat(rules.status()).isEqualTo(200);
            assertThat(rules.json().get("version").asLong()).isEqualTo(7);
        });
    }

    @Test
    void aRuleSetStoredInTheUntypedShapeIsRebuiltFromTheTopic() {
        send(ruleSetEvent(9));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.atPort(port)
                .get("/api/plans/catalog/interaction-rules").bearer(idp.clinician()).send().json().get("version").asLong())
                .isEqualTo(9));

        var container = listeners.getListenerContainer(CatalogReplicaListener.GROUP);
        container.stop();
        mongo.dropCollection(ReplicatedRuleSet.COLLECTION);
        mongo.insert(new org.bson.Document("_id", "clinic").append("sequence", 3L).append("version", 3L)
                .append("rules", java.util.List.of(new org.bson.Document("ruleId", "old").append("severity", "MAJOR"))),
                ReplicatedRuleSet.COLLECTION);
        new LegacyReplicaShapes(mongo).afterSingletonsInstantiated();
        container.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var rules = Api.atPort(port).get("/api/plans/catalog/interaction-rules").bearer(idp.clinician()).send();
            assertThat(rules.status()).isEqualTo(200);
            assertThat(rules.json().get("version").asLong()).isEqualTo(9);
        });
    }

    @Test
    void theReplicaIsForStaffOnly() {
        assertThat(Api.atPort(port).get("/api/plans/catalog/treatments/x").bearer(idp.partner("psychology-demo")).send().status())
                .isEqualTo(403);
        assertThat(Api.atPort(port).get("/api/plans/catalog/treatments/x").send().status()).isEqualTo(401);
    }

    private static String newId() {
        return "replica-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private io.stepwise.testkit.ApiResponse replica(String id) {
        return Api.atPort(port).get("/api/plans/catalog/treatments/" + id).bearer(idp.coordinator()).send();
    }

    private String replicaName(String id) {
        var response = replica(id);
        return response.status() == 200 ? response.json().get("name").asString() : null;
    }

    private static int send(ProducerRecord<String, byte[]> record) {
        return TestEvents.send(record);
    }

    static ProducerRecord<String, byte[]> treatmentEvent(String id, long sequence, String name, String status) {
        String payload = """
                {"treatmentId":"%s","sequence":%d,"version":%d,"status":"%s","name":"%s","category":"MEDICATION",
                 "kind":"nsaid","description":"test","mode":"PASSIVE","invasiveness":"NONE","deliveredBy":["PHYSICIAN"],
                 "sideEffects":[],"flags":{"requiresMonitoring":true,"controlledSubstance":false,
                 "requiresRiskBenefitDiscussion":false,"requiresPhysicianClearance":false,"homeExerciseProgram":false}}
                """.formatted(id, sequence, sequence, status, name);
        return CloudEventRecords.toRecord(new EventEnvelope(UUID.randomUUID().toString(), EventTypes.TREATMENT_PUBLISHED,
                Topics.CATALOG_TREATMENTS, id, Instant.now(), payload), CATALOG);
    }

    static ProducerRecord<String, byte[]> ruleSetEvent(long version) {
        String payload = """
                {"ruleSetId":"clinic","sequence":%d,"version":%d,"rules":[{"ruleId":"r1","a":{"kind":"nsaid"},
                 "b":{"kind":"nsaid"},"severity":"MAJOR","reason":"duplicate therapy"}]}""".formatted(version, version);
        return CloudEventRecords.toRecord(new EventEnvelope(UUID.randomUUID().toString(),
                EventTypes.INTERACTION_RULES_CHANGED, Topics.CATALOG_INTERACTION_RULES, "clinic", Instant.now(), payload), CATALOG);
    }

}
