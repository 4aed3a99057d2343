package io.stepwise.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting in its aggregate's outbox, saved in the same document as the change that caused it.
 *
 * @param id       the CloudEvent id, unique per event
 * @param type     the CloudEvent type
 * @param topic    where it goes
 * @param key      the Kafka key (the aggregate id)
 * @param sequence the aggregate's event sequence, rising with each event
 * @param time     when the change happened
 * @param payload  the payload as JSON
 */
public record PendingEvent(String id, String type, String topic, String key, long sequence, Instant time, String payload) {

    public PendingEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }
}
