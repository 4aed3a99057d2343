package io.stepwise.kit.domain;

import java.time.Instant;

import io.stepwise.events.cloudevents.EventEnvelope;

/**
 * An event waiting in its aggregate's outbox, already in wire form, saved in the same document as the change that
 * caused it and removed once Kafka has acknowledged it.
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
        new EventEnvelope(id, type, topic, key, time, payload); // the envelope's checks: nothing may be null
    }

    public EventEnvelope envelope() {
        return new EventEnvelope(id, type, topic, key, time, payload);
    }
}
