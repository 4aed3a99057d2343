package io.stepwise.catalog;

import static io.stepwise.catalog.CatalogRequests.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.stepwise.events.Topics;
import io.stepwise.kit.outbox.OutboxMetrics;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest(database = "catalog-service-test", kafka = true)
class CatalogEventsTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OutboxMetrics outboxMetrics;

    private TopicReader reader;

    @BeforeEach
    void readTheTopics() {
        reader = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.CATALOG_TREATMENTS,
                Topics.CATALOG_INTERACTION_RULES);
    }

    @AfterEach
    void stopReading() {
        reader.close();
        TestKafka.shared().start();
    }

    @Test
    void aPublishedTreatmentReachesAPlainConsumerAsACloudEventKeyedByItsId() {
        String id = "evt-" + UUID.randomUUID().toString().substring(0, 8);
        Api.atPort(port).post("/api/catalog/treatments", treatment(id, "Event test NSAID", "nsaid")).bearer(idp.clinicAdmin()).send();
        Api.atPort(port).post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin()).header("If-Match", "*").send();

        await().atMost(Duration.ofSeconds(15)).until(() -> !reader.withKey(id).isEmpty());
        ConsumerRecord<String, byte[]> record = reader.withKey(id).getFirst();
        assertThat(record.topic()).isEqualTo(Topics.CATALOG_TREATMENTS);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("io.stepwise.catalog.treatment.published");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("urn:stepwise:catalog-service");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicReader.header(record, "ce_id")).isNotBlank();
        assertThat(TopicReader.header(record, "ce_time")).isNotBlank();
        assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
        var payload = JSON.readTree(record.value());
        assertThat(payload.get("treatmentId").asString()).isEqualTo(id);
        assertThat(payload.get("sequence").asLong()).isEqualTo(1);
        assertThat(payload.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(payload.get("kind").asString()).isEqualTo("nsaid");
    }

    @Test
    void changesMadeWhileTheBrokerIsDownAllArriveInOrderOnceItIsBack() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            ids.add("outage-" + i + "-" + UUID.randomUUID().toString().substring(0, 6));
        }
        for (String id : ids) {
            assertThat(Api.atPort(port).post("/api/catalog/treatments", treatment(id, "Outage " + id, "nsaid"))
                    .bearer(idp.clinicAdmin()).send().status()).isEqualTo(201);
        }

        TestKafka.shared().stop();
        for (String id : ids) {
            var published = Api.atPort(port).post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin()).header("If-Match", "*").send();
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            String etag = published.header("ETag");
            for (int revision = 1; revision < 10; revision++) {
                var revised = Api.atPort(port).method("PUT", "/api/catalog/treatments/" + id,
                        treatment(id, "Outage " + id + " r" + revision, "nsaid")).bearer(idp.clinicAdmin())
                        .header("If-Match", etag).send();
                assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
                etag = revised.header("ETag");
            }
        }
        await("the pending gauge counts what waits for the broker").atMost(Duration.ofSeconds(30))
                .until(() -> outboxMetrics.pending() >= 50);
        long publishedBefore = outboxMetrics.publishedCount();
        TestKafka.shared().start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : ids) {
                assertThat(reader.withKey(id)).hasSize(10);
            }
        });
        for (String id : ids) {
            List<Long> sequences = reader.withKey(id).stream()
                    .map(record -> JSON.readTree(record.value()).get("sequence").asLong()).toList();
            assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxMetrics.pending() == 0);
        assertThat(outboxMetrics.publishedCount() - publishedBefore).as("lag recorded per published event")
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    void everyRuleChangeSendsTheWholeRuleSetWithARisingVersion() {
        var added = Api.atPort(port).post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"heat-therapy"},"b":{"kind":"nsaid"},"severity":"MODERATE","reason":"Test rule"}""")
                .bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String ruleId = added.json().get("id").asString();
        assertThat(Api.atPort(port).method("DELETE", "/api/catalog/interaction-rules/" + ruleId).bearer(idp.clinicAdmin()).header("If-Match", "*")
                .send().status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var sets = reader.withKey("clinic").stream().map(record -> JSON.readTree(record.value())).toList();
            assertThat(sets).anySatisfy(set -> assertThat(set.toString()).contains(ruleId));
            var last = sets.getLast();
            assertThat(last.toString()).doesNotContain(ruleId);
            assertThat(last.get("version").asLong()).isGreaterThan(sets.get(sets.size() - 2).get("version").asLong());
        });
    }
}
