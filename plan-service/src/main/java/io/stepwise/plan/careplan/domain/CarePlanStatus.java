package io.stepwise.plan.careplan.domain;

/** FHIR request status. */
public enum CarePlanStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, REVOKED
}
