package io.stepwise.kit.consumer;

import io.stepwise.events.cloudevents.ReceivedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event's JSON payload; a payload that is not what the type promises is a poison record, not retried. Fields
 * the type does not know are ignored: a newer producer may add some.
 */
public class EventPayloads {

    private final JsonMapper json;

    public EventPayloads(JsonMapper json) {
        this.json = json;
    }

    public <T> T read(ReceivedEvent event, Class<T> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (JacksonException e) {
            throw new PoisonPayloadException(event, e);
        }
    }
}
