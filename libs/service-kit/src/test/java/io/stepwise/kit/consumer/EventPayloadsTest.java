package io.stepwise.kit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.events.cloudevents.NotACloudEventException;
import tools.jackson.databind.json.JsonMapper;

/** A consumer takes its own event type out of a record; other types pass by, unreadable ones are poison. */
class EventPayloadsTest {

    private static final EventPayloads payloads = new EventPayloads(JsonMapper.builder().build());

    record Greeting(String id, long sequence, String words) {
    }

    @Test
    void theConsumersTypeIsReadWithItsPayload() {
        var typed = payloads.readIf(record("io.stepwise.test.greeting.said",
                "{\"id\":\"g-1\",\"sequence\":2,\"words\":\"hello\",\"addedLater\":true}"),
                "io.stepwise.test.greeting.said", Greeting.class);
        assertThat(typed).hasValueSatisfying(event -> {
            assertThat(event.payload()).isEqualTo(new Greeting("g-1", 2, "hello"));
            assertThat(event.event().subject()).isEqualTo("g-1");
        });
    }

    @Test
    void anotherTypeIsNotThisConsumersBusiness() {
        assertThat(payloads.readIf(record("io.stepwise.test.greeting.forgotten", "not even json"),
                "io.stepwise.test.greeting.said", Greeting.class)).isEmpty();
    }

    @Test
    void aPayloadThatIsNotWhatTheTypePromisesIsPoison() {
        assertThatThrownBy(() -> payloads.readIf(record("io.stepwise.test.greeting.said", "{\"sequence\":\"two\""),
                "io.stepwise.test.greeting.said", Greeting.class)).isInstanceOf(PoisonPayloadException.class);
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsRefused() {
        var bare = new ConsumerRecord<>("test.topic", 0, 0L, "g-1", "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> payloads.readIf(bare, "io.stepwise.test.greeting.said", Greeting.class))
                .isInstanceOf(NotACloudEventException.class);
    }

    private static ConsumerRecord<String, byte[]> record(String type, String json) {
        var produced = CloudEventRecords.toRecord(new EventEnvelope("e-1", type, "test.topic", "g-1", Instant.now(),
                json), URI.create("urn:stepwise:test"));
        var record = new ConsumerRecord<>(produced.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(header -> record.headers().add(header));
        return record;
    }
}
