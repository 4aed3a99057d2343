package io.stepwise.catalog.interaction;

/** CONTRAINDICATED and MAJOR block a care plan unless a clinician overrides; MODERATE is a warning. */
public enum Severity {
    CONTRAINDICATED, MAJOR, MODERATE
}
