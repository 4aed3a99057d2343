package io.stepwise.plan.careplan.domain;

/**
 * A referral's status as referral-service reports it (FHIR Task status). REJECTED, FAILED and CANCELLED end a
 * referral without the specialist's help; COMPLETED ends it with a report.
 */
public enum ReferralStatus {
    REQUESTED, RECEIVED, ACCEPTED, REJECTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, CANCELLED;

    /** Whether the referral may still bring the specialist's help. */
    public boolean isLive() {
        return this != REJECTED && this != FAILED && this != CANCELLED;
    }
}
