package io.stepwise.kit.outbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.stepwise.kit.domain.DomainEvent;

/**
 * A service's one table from domain event classes to the wire (in the spirit of Spring Modulith's
 * {@code @Externalized}): for each event class its CloudEvent type, topic, Kafka key and payload. An event class with
 * no row cannot be saved ({@link UnmappedEventException}); the testkit's externalization check finds such classes in a
 * unit test first.
 */
public final class EventExternalization {

    /** How one event class goes on the wire. */
    public record Route<E extends DomainEvent>(Class<E> eventType, String cloudEventType, String topic,
            Function<? super E, String> key, PayloadMapper<? super E> payload) {
    }

    /** Builds the payload of an event; {@code sequence} is the aggregate's event sequence (1, 2, 3 …). */
    @FunctionalInterface
    public interface PayloadMapper<E> {

        Object payload(E event, long sequence);
    }

    private final Map<Class<?>, Route<?>> routes;

    private EventExternalization(Map<Class<?>, Route<?>> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Combines the tables of one service (usually there is one). */
    public static EventExternalization combine(Collection<EventExternalization> tables) {
        var all = new LinkedHashMap<Class<?>, Route<?>>();
        tables.forEach(table -> table.routes.forEach((type, route) -> {
            if (all.putIfAbsent(type, route) != null) {
                throw new IllegalStateException(type.getName() + " is externalized twice");
            }
        }));
        return new EventExternalization(all);
    }

    public Set<Class<?>> eventTypes() {
        return routes.keySet();
    }

    /** The route of this event's class. @throws UnmappedEventException if the table has none */
    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> Route<E> routeOf(E event) {
        var route = (Route<E>) routes.get(event.getClass());
        if (route == null) {
            throw new UnmappedEventException(event.getClass());
        }
        return route;
    }

    public static final class Builder {

        private final Map<Class<?>, Route<?>> routes = new LinkedHashMap<>();

        /**
         * @param eventType      the domain event class
         * @param cloudEventType its CloudEvent {@code type}
         * @param topic          the Kafka topic
         * @param key            the Kafka key (the aggregate id) of an event
         * @param payload        the payload record of an event and its sequence
         */
        public <E extends DomainEvent> Builder route(Class<E> eventType, String cloudEventType, String topic,
                Function<? super E, String> key, PayloadMapper<? super E> payload) {
            if (routes.putIfAbsent(eventType, new Route<>(eventType, cloudEventType, topic, key, payload)) != null) {
                throw new IllegalStateException(eventType.getName() + " is externalized twice");
            }
            return this;
        }

        public EventExternalization build() {
            return new EventExternalization(routes);
        }
    }
}
