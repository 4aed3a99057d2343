package io.stepwise.catalog.interaction.domain;

/** What a rule needs to know of a treatment. */
public record TreatmentRef(String id, String kind) {
}
