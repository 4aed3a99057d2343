package io.stepwise.referral.referral.domain;

/**
 * A referral's status, the FHIR Task status codes it uses. COMPLETED, FAILED, CANCELLED and REJECTED are final.
 * {@link ReferralAction} says which action leads from which status to which.
 */
public enum ReferralStatus {
    REQUESTED, RECEIVED, ACCEPTED, REJECTED, IN_PROGRESS, ON_HOLD, COMPLETED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED || this == REJECTED;
    }

    /** The FHIR R4 TaskStatus code: lower case, with a hyphen ({@code in-progress}). */
    public String fhirCode() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
