package io.stepwise.catalog.treatment;

public enum TreatmentStatus {
    DRAFT, PUBLISHED, RETIRED
}
