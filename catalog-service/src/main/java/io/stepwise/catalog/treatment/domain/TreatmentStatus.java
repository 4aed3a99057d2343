package io.stepwise.catalog.treatment.domain;

/** DRAFT → PUBLISHED → RETIRED; only published treatments reach care plans. */
public enum TreatmentStatus {
    DRAFT, PUBLISHED, RETIRED
}
