package io.stepwise.kit.consumer;

import io.stepwise.events.cloudevents.ReceivedEvent;

/** A payload that cannot be read as its type says; retrying would not help, so it goes to the dead-letter topic. */
public class PoisonPayloadException extends RuntimeException {

    public PoisonPayloadException(ReceivedEvent event, Throwable cause) {
        super("Unreadable payload of " + event.type() + " " + event.id() + ": " + cause.getMessage(), cause);
    }
}
