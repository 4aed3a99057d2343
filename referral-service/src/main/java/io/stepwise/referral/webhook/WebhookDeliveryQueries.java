package io.stepwise.referral.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;

/** The delivery queries Spring Data cannot derive: the sender's claim and the filtered log. */
interface WebhookDeliveryQueries {

    /**
     * Claims the PENDING delivery that has been due longest, in one atomic findAndModify: its next attempt moves to
     * {@code now + lease} (so no other sender takes it meanwhile, and it is due again if this one dies) and its
     * revision rises (so a sender whose lease was taken over cannot save over the new holder).
     *
     * @return the claimed delivery as stored after the claim, or empty when none is due
     */
    Optional<WebhookDelivery> claimDue(Instant now, Duration lease);

    /** A partner's deliveries, optionally in one status. */
    Page<WebhookDelivery> search(String partnerId, DeliveryStatus status, Pageable page);
}
