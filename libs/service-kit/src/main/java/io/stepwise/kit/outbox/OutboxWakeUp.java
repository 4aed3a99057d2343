package io.stepwise.kit.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

import io.stepwise.kit.domain.HasOutbox;

/** Wakes the relay as soon as an aggregate with new events has been saved, instead of waiting for the next poll. */
class OutboxWakeUp extends AbstractMongoEventListener<HasOutbox> {

    private final OutboxRelay relay;

    OutboxWakeUp(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<HasOutbox> event) {
        if (event.getSource().outbox().hasPending()) {
            relay.wake();
        }
    }
}
