package io.stepwise.plan.careplan.domain;

/** FHIR CarePlan request status (the subset a clinic uses). COMPLETED and REVOKED are final. */
public enum CarePlanStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, REVOKED;

    public boolean isFinal() {
        return this == COMPLETED || this == REVOKED;
    }
}
