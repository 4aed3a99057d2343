package io.stepwise.referral.referral.domain;

import java.time.Instant;

/**
 * The partner's appointment with the patient.
 *
 * @param start when it starts (UTC)
 * @param setBy the partner client that set it
 * @param setAt when it was set
 */
public record Appointment(Instant start, String setBy, Instant setAt) {
}
