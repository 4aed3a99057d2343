package io.stepwise.referral.referral.domain;

import java.time.Instant;

/**
 * One entry of a referral's status history.
 *
 * @param status the status entered
 * @param at     when (UTC)
 * @param by     the staff user name or partner client id that made the change
 * @param reason why, for a rejection, failure or cancellation; else null
 */
public record StatusChange(ReferralStatus status, Instant at, String by, String reason) {
}
