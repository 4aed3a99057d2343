package io.stepwise.referral.webhook;

import java.time.Instant;
import java.util.List;

import io.stepwise.referral.webhook.domain.DeliveryAttempt;
import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;

/**
 * A webhook delivery as a clinic admin sees it in the delivery log.
 *
 * @param webhookId     the {@code webhook-id} header the partner received, the same on every attempt and resend
 * @param type          {@code referral.assigned} or {@code referral.cancelled}
 * @param eventId       the referral event behind it
 * @param statusReason  why it ended other than DELIVERED, else null
 * @param occurredAt    when the referral changed
 * @param nextAttemptAt when the next attempt is due while PENDING, else null
 * @param attemptCount  all attempts, of every series
 * @param resends       how often it was resent
 * @param attempts      the newest attempts, oldest first
 * @param payload       the JSON body sent on every attempt (no patient data)
 */
record WebhookDeliveryResponse(String id, String webhookId, String type, String referralId, String eventId,
        DeliveryStatus status, String statusReason, Instant occurredAt, Instant createdAt, Instant nextAttemptAt,
        int attemptCount, int resends, List<Attempt> attempts, String payload) {

    static WebhookDeliveryResponse of(WebhookDelivery delivery) {
        return new WebhookDeliveryResponse(delivery.id(), delivery.webhookId(), delivery.type().wireName(),
                delivery.referralId(), delivery.eventId(), delivery.status(), delivery.statusReason(),
                delivery.occurredAt(), delivery.createdAt(), delivery.nextAttemptAt(), delivery.attemptCount(),
                delivery.resends(), delivery.attempts().stream().map(Attempt::of).toList(), delivery.payload());
    }

    /**
     * One attempt.
     *
     * @param httpStatus      the receiver's status, or null when there was no answer
     * @param error           why there was no answer, else null
     * @param durationMs      how long the attempt took, in milliseconds
     * @param responseSnippet the start of the receiver's body (at most 200 characters), if any
     */
    record Attempt(Instant at, Integer httpStatus, String error, long durationMs, String responseSnippet) {

        static Attempt of(DeliveryAttempt attempt) {
            return new Attempt(attempt.at(), attempt.httpStatus(), attempt.error(), attempt.durationMs(),
                    attempt.responseSnippet());
        }
    }
}
