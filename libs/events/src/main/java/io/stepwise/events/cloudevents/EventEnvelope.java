package io.stepwise.events.cloudevents;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event looks like on the wire apart from its source: the CloudEvent attributes, where it goes, and its JSON
 * payload.
 *
 * @param id      the CloudEvent id, unique per event
 * @param type    the CloudEvent type, {@code io.stepwise.<service>.<aggregate>.<event>}
 * @param topic   the Kafka topic
 * @param key     the Kafka key and CloudEvent subject: the aggregate id
 * @param time    when the change happened (UTC)
 * @param payload the payload as JSON text
 */
public record EventEnvelope(String id, String type, String topic, String key, Instant time, String payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }
}
