package io.stepwise.plan.catalogreplica.domain;

/** Where a replicated treatment is in the catalog's lifecycle; care plans take only PUBLISHED ones. */
public enum TreatmentStatus {
    DRAFT, PUBLISHED, RETIRED
}
