package io.stepwise.kit.outbox;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import io.stepwise.kit.domain.DomainEvent;
import io.stepwise.kit.domain.HasOutbox;
import io.stepwise.kit.domain.PendingEvent;
import io.stepwise.kit.ids.UuidV7;
import tools.jackson.databind.json.JsonMapper;

/**
 * Just before an aggregate is written, turns the domain events it recorded into pending wire events in its outbox, so
 * the change and its events are stored in one document write. Use-case services never choose events: they load, call
 * the aggregate and save.
 */
class EventExternalizer implements BeforeConvertCallback<HasOutbox> {

    private final EventExternalization table;
    private final JsonMapper json;
    private final Clock clock;

    EventExternalizer(EventExternalization table, JsonMapper json, Clock clock) {
        this.table = table;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public HasOutbox onBeforeConvert(HasOutbox aggregate, String collection) {
        var recorded = aggregate.outbox().drainRecorded();
        if (!recorded.isEmpty()) {
            Instant now = clock.instant();
            aggregate.outbox().enqueue(recorded.stream()
                    .map(event -> pending(event.event(), event.sequence(), now)).toList(), now);
        }
        return aggregate;
    }

    private <E extends DomainEvent> PendingEvent pending(E event, long sequence, Instant now) {
        var route = table.routeOf(event);
        return new PendingEvent(UuidV7.next(), route.cloudEventType(), route.topic(), route.key().apply(event), sequence,
                now, json.writeValueAsString(route.payload().payload(event, sequence)));
    }
}
