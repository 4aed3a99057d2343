package io.stepwise.kit.outbox;

import java.time.Clock;

import io.stepwise.events.HasOutbox;
import io.stepwise.events.PendingEvent;
import io.stepwise.kit.ids.UuidV7;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an event into an aggregate's outbox. The caller then saves the aggregate: the change and its event are stored in
 * one document write, and the relay publishes the event after it.
 */
public class Outbox {

    private final JsonMapper json;
    private final Clock clock;

    public Outbox(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public void append(HasOutbox aggregate, String type, String topic, long sequence, Object payload) {
        aggregate.pendingEvents().add(new PendingEvent(UuidV7.next(), type, topic, aggregate.outboxKey(), sequence,
                clock.instant(), json.writeValueAsString(payload)));
    }
}
