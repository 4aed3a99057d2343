package io.stepwise.events;

import java.util.List;

/** An aggregate that keeps the events of its changes until the outbox relay has published them. */
public interface HasOutbox {

    /** The aggregate id, also the Kafka key of its events. */
    String outboxKey();

    /** Mutable: events are appended by the change and removed by the relay once Kafka has them. */
    List<PendingEvent> pendingEvents();
}
