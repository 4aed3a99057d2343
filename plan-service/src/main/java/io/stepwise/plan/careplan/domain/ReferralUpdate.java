package io.stepwise.plan.careplan.domain;

import java.time.Instant;

/**
 * A referral's state as referral-service published it.
 *
 * @param sequence the referral's event sequence; an update at or below the applied one is ignored
 */
public record ReferralUpdate(String referralId, long sequence, ReferralStatus status, String partner, String report,
        String opinion, String recommendation, Instant at) {
}
