package io.stepwise.catalog.treatment;

/** DRAFT → PUBLISHED → RETIRED; only published treatments reach care plans. */
public enum TreatmentStatus {
    DRAFT, PUBLISHED, RETIRED
}
