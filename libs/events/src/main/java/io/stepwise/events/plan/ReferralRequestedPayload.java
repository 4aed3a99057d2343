package io.stepwise.events.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A care plan asked for a referral ({@code io.stepwise.plan.careplan.referralrequested} on {@code plan.careplans.v1},
 * key = plan id). It carries only what a referral partner needs.
 *
 * @param referralId  deterministic: the same request always has the same id, so a repeated event creates nothing
 * @param sequence    the plan's event sequence
 * @param specialty   PSYCHOLOGIST, PSYCHIATRIST, PAIN_SPECIALIST, SECOND_OPINION_PHYSICIAN, PHYSICAL_THERAPIST, SURGEON,
 *                    ACUPUNCTURIST or DIETITIAN
 * @param priority    ROUTINE or URGENT
 * @param planSummary one line: the plan's title, status, treating physician and live treatments
 */
public record ReferralRequestedPayload(String referralId, long sequence, String planId, String patientId,
        Patient patient, String specialty, String priority, String reason, String planSummary, String requestedBy,
        Instant requestedAt) {

    /** The patient as a partner needs to know them: name and birth date. */
    public record Patient(String givenName, String familyName, LocalDate birthDate) {
    }
}
