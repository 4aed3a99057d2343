package io.stepwise.catalog.interaction.domain;

/** CONTRAINDICATED and MAJOR block a care plan unless a clinician overrides; MODERATE is a warning. */
public enum Severity {
    CONTRAINDICATED, MAJOR, MODERATE
}
