package io.stepwise.interactions;

/**
 * How strongly two treatments should not be combined, most severe first (the natural order of the constants is the
 * order conflicts are reported in). CONTRAINDICATED and MAJOR block a care plan unless a clinician overrides with a
 * reason; MODERATE is a warning.
 */
public enum Severity {
    CONTRAINDICATED, MAJOR, MODERATE
}
