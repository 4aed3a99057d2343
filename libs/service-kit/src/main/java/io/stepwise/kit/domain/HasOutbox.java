package io.stepwise.kit.domain;

/** An aggregate that records domain events in its embedded {@link EventOutbox}, saved in the same document write. */
public interface HasOutbox {

    EventOutbox outbox();
}
