package io.stepwise.referral.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.stepwise.referral.referral.domain.ReferralChange;

/**
 * What each answer does to a delivery: 2xx delivers, 410 is gone, other 4xx fail at once, everything else is retried
 * on the schedule until it gives up; a resend starts a new series with the same webhook id; the id derives from the
 * event.
 */
class WebhookDeliveryRulesTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofHours(24));
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static WebhookDelivery delivery() {
        return WebhookDelivery.created("event-1", "partner-1", "referral-1", WebhookEventType.REFERRAL_ASSIGNED,
                "{\"type\":\"referral.assigned\"}", T0, T0);
    }

    private static DeliveryAttempt answered(Instant at, int status) {
        return DeliveryAttempt.answered(at, 12, status, null);
    }

    @Test
    void onlyTheClinicsChangesAreWebhooks() {
        assertThat(WebhookEventType.of(ReferralChange.ASSIGNED)).contains(WebhookEventType.REFERRAL_ASSIGNED);
        assertThat(WebhookEventType.of(ReferralChange.CANCELLED)).contains(WebhookEventType.REFERRAL_CANCELLED);
        for (ReferralChange change : ReferralChange.values()) {
            assertThat(WebhookEventType.of(change).isPresent()).as(change.name()).isEqualTo(change.byClinic());
        }
        assertThat(WebhookEventType.REFERRAL_CANCELLED.wireName()).isEqualTo("referral.cancelled");
    }

    @Test
    void theIdDerivesFromTheEventAndTheWebhookIdFromTheId() {
        var delivery = delivery();

        assertThat(delivery.id()).isEqualTo(WebhookDelivery.idFor("event-1")).isNotEqualTo(WebhookDelivery.idFor("event-2"));
        assertThat(delivery.webhookId()).isEqualTo("msg_" + delivery.id());
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void aTwoHundredDelivers(int status) {
        var delivery = delivery();

        delivery.attempted(answered(T0, status), T0, SCHEDULE, 0);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.attempts()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void timeoutsTooManyRequestsAndServerErrorsAreRetried(int status) {
        var delivery = delivery();

        delivery.attempted(answered(T0, status), T0.plusSeconds(1), SCHEDULE, 0);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void aNetworkErrorIsRetriedWithDoublingWaits() {
        var delivery = delivery();

        delivery.attempted(DeliveryAttempt.failed(T0, 1000, "No answer"), T0.plusSeconds(1), SCHEDULE, 0);
        delivery.attempted(DeliveryAttempt.failed(T0.plusSeconds(6), 0, "Connection refused"), T0.plusSeconds(6),
                SCHEDULE, 0);

        assertThat(delivery.nextAttemptAt()).isEqualTo(T0.plusSeconds(16));
        assertThat(delivery.attemptCount()).isEqualTo(2);
        assertThat(delivery.seriesStartedAt()).isEqualTo(T0);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308, 400, 401, 403, 404, 405, 413, 422})
    void aRedirectOrAnotherClientErrorFailsWithoutRetry(int status) {
        var delivery = delivery();

        delivery.attempted(answered(T0, status), T0, SCHEDULE, 0);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.statusReason()).contains(Integer.toString(status));
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void goneEndsTheDelivery() {
        var delivery = delivery();

        delivery.attempted(answered(T0, 410), T0, SCHEDULE, 0);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.GONE);
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void itGivesUpWhenTheNextAttemptWouldFallAfterTwentyFourHours() {
        var delivery = delivery();
        Instant at = T0;
        while (delivery.status() == DeliveryStatus.PENDING) {
            delivery.attempted(answered(at, 503), at, SCHEDULE, 0);
            if (delivery.nextAttemptAt() != null) {
                assertThat(delivery.nextAttemptAt()).isBeforeOrEqualTo(T0.plus(Duration.ofHours(24)));
                at = delivery.nextAttemptAt();
            }
        }

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.GAVE_UP);
        assertThat(at).isAfter(T0.plus(Duration.ofHours(22)));
        assertThat(delivery.attemptCount()).isBetween(25, 40);
        assertThat(delivery.attempts()).hasSizeLessThanOrEqualTo(WebhookDelivery.MAX_RECORDED_ATTEMPTS);
    }

    @Test
    void anEndedDeliveryTakesNoMoreAttempts() {
        var delivery = delivery();
        delivery.attempted(answered(T0, 200), T0, SCHEDULE, 0);

        assertThatThrownBy(() -> delivery.attempted(answered(T0, 200), T0, SCHEDULE, 0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> delivery.skip("gone", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResendStartsANewSeriesWithTheSameWebhookIdAndAFreshGiveUpTime() {
        var delivery = delivery();
        String webhookId = delivery.webhookId();
        delivery.attempted(answered(T0, 400), T0, SCHEDULE, 0);
        Instant later = T0.plus(Duration.ofDays(3));

        delivery.resend(later);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(later);
        assertThat(delivery.webhookId()).isEqualTo(webhookId);
        assertThat(delivery.resends()).isEqualTo(1);
        assertThat(delivery.statusReason()).isNull();

        delivery.attempted(answered(later, 500), later, SCHEDULE, 0);
        assertThat(delivery.seriesStartedAt()).isEqualTo(later);
        assertThat(delivery.nextAttemptAt()).isEqualTo(later.plusSeconds(5));
        assertThat(delivery.attemptCount()).isEqualTo(2);
    }

    @Test
    void aPendingDeliveryCannotBeResent() {
        var delivery = delivery();

        assertThatThrownBy(() -> delivery.resend(T0)).isInstanceOf(DeliveryInFlightException.class);
    }

    @Test
    void aSkippedDeliveryEndsUnsentWithItsReason() {
        var delivery = delivery();

        delivery.skip("Partner partner-1 is deactivated", T0);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(delivery.statusReason()).contains("deactivated");
        assertThat(delivery.attempts()).isEmpty();
    }

    @Test
    void anAttemptKeepsOnlyAShortSnippetOfTheAnswer() {
        var attempt = DeliveryAttempt.answered(T0, 5, 500, "y".repeat(10_000));

        assertThat(attempt.responseSnippet()).hasSize(DeliveryAttempt.MAX_SNIPPET + 1).endsWith("…");
        assertThatThrownBy(() -> new DeliveryAttempt(T0, 1, 200, "and an error", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
