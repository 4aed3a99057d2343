package io.stepwise.kit.consumer;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.ReceivedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event's JSON payload; a payload that is not what the type promises is a poison record, not retried. Fields
 * the type does not know are ignored: a newer producer may add some.
 */
public class EventPayloads {

    private static final Logger log = LoggerFactory.getLogger(EventPayloads.class);

    private final JsonMapper json;

    public EventPayloads(JsonMapper json) {
        this.json = json;
    }

    /**
     * A consumer's one event type out of a record: in, the Kafka record, the CloudEvent type the consumer handles and
     * its payload class; out, the event with its payload, or empty for any other type (logged at debug, not this
     * consumer's business).
     *
     * @throws io.stepwise.events.cloudevents.NotACloudEventException when the record is no CloudEvent (dead letter)
     * @throws PoisonPayloadException when the payload is not what the type promises (dead letter)
     */
    public <T> Optional<Typed<T>> readIf(ConsumerRecord<String, byte[]> record, String eventType, Class<T> payloadType) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        if (!eventType.equals(event.type())) {
            log.debug("Ignoring {} {}", event.type(), event.id());
            return Optional.empty();
        }
        return Optional.of(new Typed<>(event, read(event, payloadType)));
    }

    /** A received event and its payload, read as its type promises. */
    public record Typed<T>(ReceivedEvent event, T payload) {
    }

    public <T> T read(ReceivedEvent event, Class<T> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (JacksonException e) {
            throw new PoisonPayloadException(event, e);
        }
    }
}
