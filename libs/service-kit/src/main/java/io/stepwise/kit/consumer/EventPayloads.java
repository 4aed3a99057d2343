package io.stepwise.kit.consumer;

import io.stepwise.events.cloudevents.ReceivedEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads an event's JSON payload; a payload that is not what the type promises is a poison record, not retried. */
public class EventPayloads {

    private final JsonMapper json;

    public EventPayloads(JsonMapper json) {
        this.json = json;
    }

    public <T> T read(ReceivedEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JacksonException e) {
            throw new PoisonPayloadException(event, e);
        }
    }
}
