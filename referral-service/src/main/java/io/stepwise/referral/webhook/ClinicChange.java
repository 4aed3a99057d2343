package io.stepwise.referral.webhook;

import java.time.Instant;

import io.stepwise.referral.webhook.domain.WebhookEventType;

/**
 * A clinic-side change of a referral that has a partner, as read from a referral event.
 *
 * @param eventId   the CloudEvent id, unique per event and the same when the event is delivered again
 * @param changedAt when the referral changed (UTC)
 */
record ClinicChange(String eventId, WebhookEventType type, String referralId, String partnerId, Instant changedAt) {
}
