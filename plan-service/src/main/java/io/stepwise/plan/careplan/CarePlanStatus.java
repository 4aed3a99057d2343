package io.stepwise.plan.careplan;

/** FHIR request status. */
public enum CarePlanStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, REVOKED
}
