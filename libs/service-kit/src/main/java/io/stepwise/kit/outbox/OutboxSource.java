package io.stepwise.kit.outbox;

import io.stepwise.kit.domain.HasOutbox;

/** Declares a document type whose outbox the relay publishes; a service registers one bean per aggregate type. */
public record OutboxSource(Class<? extends HasOutbox> documentType) {

    public static OutboxSource of(Class<? extends HasOutbox> documentType) {
        return new OutboxSource(documentType);
    }
}
