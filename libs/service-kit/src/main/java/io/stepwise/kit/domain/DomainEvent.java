package io.stepwise.kit.domain;

/**
 * Something that happened to an aggregate, recorded by the aggregate method that made it happen: a past-tense record
 * such as {@code TreatmentPublished}. Each service's {@code EventExternalization} table says how it goes on the wire.
 */
public interface DomainEvent {
}
