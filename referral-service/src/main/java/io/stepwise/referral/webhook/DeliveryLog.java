package io.stepwise.referral.webhook;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import io.stepwise.referral.partner.PartnerDirectory;
import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook use cases: a delivery for each clinic-side change of a referral whose partner has a webhook endpoint,
 * and the delivery log a clinic admin reads and resends from. A repeated referral event finds its delivery already
 * there (its id derives from the event id) and creates nothing.
 */
@Service
class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);

    private final WebhookDeliveries deliveries;
    private final PartnerDirectory partners;
    private final WebhookSender sender;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryLog(WebhookDeliveries deliveries, PartnerDirectory partners, WebhookSender sender, JsonMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.partners = partners;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates the delivery for a clinic change, with its body fixed now, and wakes the sender.
     *
     * @return the new delivery, or empty when the partner has no webhook endpoint (or no longer exists) or the event
     *         was seen before
     */
    Optional<WebhookDelivery> record(ClinicChange change) {
        var partner = partners.find(change.partnerId());
        if (partner.isEmpty() || partner.get().webhook() == null) {
            log.debug("No webhook for {} of referral {}: partner {} has no endpoint", change.type(),
                    change.referralId(), change.partnerId());
            return Optional.empty();
        }
        var delivery = WebhookDelivery.created(change.eventId(), change.partnerId(), change.referralId(),
                change.type(), body(change), change.changedAt(), clock.instant());
        try {
            deliveries.insert(delivery);
        } catch (DuplicateKeyException alreadyCreated) {
            log.debug("Webhook delivery for event {} already exists; the repeated event changes nothing",
                    change.eventId());
            return Optional.empty();
        }
        sender.wake();
        return Optional.of(delivery);
    }

    private String body(ClinicChange change) {
        return json.writeValueAsString(new WebhookMessage(change.type().wireName(), change.changedAt().toString(),
                new WebhookMessage.Data(change.eventId(), change.referralId())));
    }

    /**
     * A partner's deliveries, optionally in one status.
     *
     * @throws io.stepwise.referral.partner.UnknownPartnerException when there is no such partner
     */
    Page<WebhookDelivery> list(String partnerId, DeliveryStatus status, Pageable page) {
        partners.get(partnerId);
        return deliveries.search(partnerId, status, page);
    }

    /**
     * Starts a new series of attempts for an ended delivery (same webhook id and body, fresh timestamp and signatures).
     *
     * @throws io.stepwise.referral.partner.UnknownPartnerException when there is no such partner
     * @throws UnknownWebhookDeliveryException when the partner has no such delivery
     * @throws io.stepwise.referral.webhook.domain.DeliveryInFlightException while the delivery is PENDING
     * @throws WebhookEndpointUnavailableException when the partner is deactivated or its endpoint disabled or missing
     */
    WebhookDelivery resend(String partnerId, String deliveryId) {
        var partner = partners.get(partnerId);
        var delivery = deliveries.findByIdAndPartnerId(deliveryId, partnerId)
                .orElseThrow(() -> new UnknownWebhookDeliveryException(partnerId, deliveryId));
        delivery.resend(clock.instant());
        Deliverability.whyNot(partnerId, Optional.of(partner)).ifPresent(why -> {
            throw new WebhookEndpointUnavailableException(why + "; nothing was resent");
        });
        var saved = deliveries.save(delivery);
        sender.wake();
        return saved;
    }
}
