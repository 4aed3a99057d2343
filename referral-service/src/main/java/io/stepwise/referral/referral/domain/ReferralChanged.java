package io.stepwise.referral.referral.domain;

import java.time.Instant;

import io.stepwise.kit.domain.DomainEvent;

/** A referral changed; it carries the referral's whole state after the change, and what the change was. */
public record ReferralChanged(String referralId, ReferralChange change, String planId, String patientId,
        ReferralStatus status, String partnerId, String partnerName, Appointment appointment, Completion completion,
        Instant at) implements DomainEvent {
}
