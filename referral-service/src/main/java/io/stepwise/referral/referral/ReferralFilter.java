package io.stepwise.referral.referral;

import java.time.Instant;

import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.ReferralStatus;

/**
 * Which referrals a list shows; each part is optional (null: any) and compared as a value, never as a query operator.
 *
 * @param updatedSince only referrals changed at or after this instant
 */
public record ReferralFilter(ReferralStatus status, Specialty specialty, String partnerId, String patientId,
        Instant updatedSince) {
}
