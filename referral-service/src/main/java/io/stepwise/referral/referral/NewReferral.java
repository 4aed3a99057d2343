package io.stepwise.referral.referral;

import java.time.Instant;

import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferredPatient;

/** A referral as a care plan requested it (from {@code ReferralRequested}). */
record NewReferral(String id, String planId, String patientId, ReferredPatient patient, Specialty specialty,
        ReferralPriority priority, String reason, String planSummary, String requestedBy, Instant requestedAt) {
}
