package io.stepwise.plan.careplan.domain;

import java.time.Instant;

import io.stepwise.kit.domain.DomainEvent;

/**
 * A plan asked for a referral. It carries only what a partner needs: the patient's name and birth date, the reason,
 * specialty and priority, and a one-line plan summary.
 */
public record ReferralRequested(String referralId, String planId, PatientSummary patient, Specialty specialty,
        ReferralPriority priority, String reason, String planSummary, String requestedBy, Instant requestedAt)
        implements DomainEvent {
}
