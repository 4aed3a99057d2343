package io.stepwise.kit.domain;

import java.util.Objects;

/**
 * A domain event as its aggregate recorded it, numbered with the aggregate's event sequence (1, 2, 3 … per aggregate).
 */
public record RecordedEvent(DomainEvent event, long sequence) {

    public RecordedEvent {
        Objects.requireNonNull(event, "event");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }
}
