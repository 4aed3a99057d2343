package io.stepwise.kit.outbox;

/** A domain event class the service's externalization table has no row for: a programming error, caught before save. */
public class UnmappedEventException extends IllegalStateException {

    public UnmappedEventException(Class<?> eventType) {
        super(eventType.getName() + " has no row in the service's EventExternalization table");
    }
}
