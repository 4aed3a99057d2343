package io.stepwise.referral.webhook;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import io.stepwise.referral.partner.PartnerDirectory;
import io.stepwise.referral.partner.domain.WebhookEndpoint;
import io.stepwise.referral.partner.domain.WebhookSecret;
import io.stepwise.referral.webhook.domain.AttemptOutcome;
import io.stepwise.referral.webhook.domain.DeliveryAttempt;
import io.stepwise.referral.webhook.domain.RetrySchedule;
import io.stepwise.referral.webhook.domain.WebhookDelivery;

/**
 * Makes one attempt of a delivery the sender has claimed: to the partner's endpoint as it is now (URL and signing
 * secrets), signed afresh with this attempt's timestamp, and records the attempt and what follows from it. A 410
 * disables the partner's endpoint; a partner that takes no webhooks now ends the delivery SKIPPED unsent.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final PartnerDirectory partners;
    private final WebhookSigner signer;
    private final WebhookClient client;
    private final RetrySchedule schedule;
    private final Clock clock;

    WebhookDispatcher(WebhookDeliveries deliveries, PartnerDirectory partners, WebhookSigner signer,
            WebhookClient client, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.partners = partners;
        this.signer = signer;
        this.client = client;
        this.schedule = properties.retrySchedule();
        this.clock = clock;
    }

    /** Attempts a claimed, due delivery once and saves the result (dropped if another sender took it over). */
    void dispatch(WebhookDelivery delivery) {
        var partner = partners.find(delivery.partnerId());
        var notNow = Deliverability.whyNot(delivery.partnerId(), partner);
        if (notNow.isPresent()) {
            delivery.skip(notNow.get(), clock.instant());
            save(delivery);
            return;
        }
        WebhookEndpoint endpoint = partner.get().webhook();
        DeliveryAttempt attempt;
        try {
            attempt = client.post(endpoint.url(), sign(delivery, endpoint));
        } catch (RuntimeException unsignable) {
            // A stored secret the signer refuses: an attempt that failed, so the delivery backs off and gives up in
            // time rather than being claimed again every lease, unseen in the log.
            log.error("Webhook delivery {} could not be signed", delivery.id(), unsignable);
            attempt = DeliveryAttempt.failed(clock.instant(), 0, "could not be signed: "
                    + unsignable.getClass().getSimpleName());
        }
        delivery.attempted(attempt, clock.instant(), schedule, ThreadLocalRandom.current().nextDouble());
        if (save(delivery) && attempt.outcome() == AttemptOutcome.GONE) {
            disableEndpoint(delivery);
        }
    }

    private SignedMessage sign(WebhookDelivery delivery, WebhookEndpoint endpoint) {
        var now = clock.instant();
        var secrets = endpoint.signingSecrets(now).stream().map(WebhookSecret::value).toList();
        return signer.sign(delivery.webhookId(), now.getEpochSecond(), delivery.payload(), secrets);
    }

    private boolean save(WebhookDelivery delivery) {
        try {
            deliveries.save(delivery);
            log.debug("Webhook delivery {} is {}", delivery.id(), delivery.status());
            return true;
        } catch (OptimisticLockingFailureException takenOver) {
            log.warn("Webhook delivery {} was taken over by another sender while attempted; this result is dropped",
                    delivery.id());
            return false;
        }
    }

    private void disableEndpoint(WebhookDelivery delivery) {
        try {
            partners.disableWebhook(delivery.partnerId(), "The receiver answered 410 Gone to webhook "
                    + delivery.webhookId(), clock.instant());
            log.warn("Partner {}'s webhook receiver answered 410 Gone; its endpoint is disabled", delivery.partnerId());
        } catch (OptimisticLockingFailureException concurrentChange) {
            log.warn("Partner {} changed while its endpoint was being disabled after a 410; the next 410 disables it",
                    delivery.partnerId());
        }
    }
}
