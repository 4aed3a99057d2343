package io.stepwise.events.referral;

import java.time.Instant;

/**
 * A referral's state after a change ({@code io.stepwise.referral.referral.changed} on {@code referral.referrals.v1},
 * key = referral id). Each event carries the whole current state, so the newest sequence is all a reader needs.
 *
 * @param sequence       the referral's event sequence; it only rises
 * @param planId         the plan that requested the referral
 * @param status         the FHIR Task status: REQUESTED, RECEIVED, ACCEPTED, REJECTED, IN_PROGRESS, ON_HOLD,
 *                       COMPLETED, FAILED or CANCELLED
 * @param partnerName    the partner organisation's name once assigned, else null
 * @param report         the partner's report once COMPLETED, else null
 * @param opinion        a second opinion's AGREES, DISAGREES or ALTERNATIVE, else null
 * @param recommendation a second opinion's recommendation, else null
 * @param change         what this change was: REQUESTED, ASSIGNED, RECEIVED, ACCEPTED, REJECTED, STARTED, HELD,
 *                       RESUMED, COMPLETED, FAILED, CANCELLED or APPOINTMENT_SCHEDULED (null from producers before it)
 * @param appointment    the partner's appointment start once set, else null
 */
public record ReferralChangedPayload(String referralId, long sequence, String planId, String patientId, String status,
        String partnerId, String partnerName, String report, String opinion, String recommendation,
        Instant changedAt, String change, Instant appointment) {
}
