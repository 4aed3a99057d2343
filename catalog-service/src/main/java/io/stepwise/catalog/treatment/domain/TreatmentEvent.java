package io.stepwise.catalog.treatment.domain;

import io.stepwise.kit.domain.DomainEvent;

/**
 * What happened to a published treatment. Each event carries the whole treatment as it became, because the catalog's
 * topic is compacted: its latest record per treatment is all a replica needs.
 */
public sealed interface TreatmentEvent extends DomainEvent {

    String treatmentId();

    TreatmentStatus status();

    /** The published version, 1 on first publication, rising with each published revision. */
    int version();

    TreatmentDetails details();

    record TreatmentPublished(String treatmentId, TreatmentStatus status, int version, TreatmentDetails details)
            implements TreatmentEvent {
    }

    record TreatmentRevised(String treatmentId, TreatmentStatus status, int version, TreatmentDetails details)
            implements TreatmentEvent {
    }

    record TreatmentRetired(String treatmentId, TreatmentStatus status, int version, TreatmentDetails details)
            implements TreatmentEvent {
    }
}
