package io.stepwise.referral.referral.domain;

/** FHIR Task status as far as referrals use it. */
public enum ReferralStatus {
    REQUESTED, CANCELLED, ACCEPTED, REJECTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED
}
