package io.stepwise.catalog.interaction.domain;

/** A pair of treatments that a rule says should not be combined. */
public record Conflict(String firstTreatmentId, String secondTreatmentId, String ruleId, Severity severity, String reason) {
}
