package io.stepwise.referral.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.partner.domain.WebhookEndpoint;
import io.stepwise.referral.partner.domain.WebhookSecret;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferredPatient;
import io.stepwise.referral.webhook.domain.WebhookDelivery;

/**
 * Partners and referrals stored the way referral-service stores them: a referral is saved with its events in its
 * outbox, and the relay publishes them on referral.referrals.v1 as in production.
 */
final class WebhookFixtures {

    private final MongoTemplate mongo;

    WebhookFixtures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A new active psychology partner whose webhook endpoint is this URL, signing with this secret. */
    Partner partner(String webhookUrl, String secret) {
        String id = "webhook-partner-" + UUID.randomUUID().toString().substring(0, 8);
        var endpoint = webhookUrl == null ? null
                : WebhookEndpoint.of(webhookUrl, new WebhookSecret(secret, Instant.now(), null));
        return mongo.insert(Partner.onboarded(id, "Practice " + id, Set.of(Specialty.PSYCHOLOGIST), "partner-" + id,
                null, endpoint, Instant.now()));
    }

    Partner reload(Partner partner) {
        return mongo.findById(partner.id(), Partner.class);
    }

    /**
     * A referral a plan requested and that went at once to this partner, as referral-service creates it when one
     * partner offers the specialty: REQUESTED then ASSIGNED, saved in one write.
     */
    Referral assignedReferral(Partner partner) {
        Instant now = Instant.now();
        var referral = Referral.requested(UUID.randomUUID().toString(), "plan-" + UUID.randomUUID(),
                "patient-" + UUID.randomUUID(), new ReferredPatient("Zoë", "Example", LocalDate.of(1980, 5, 17)),
                Specialty.PSYCHOLOGIST, ReferralPriority.ROUTINE, "Chronic low back pain with anxiety",
                "Plan: multimodal", "clinician", now, now);
        referral.assign(partner, "stepwise", now);
        return mongo.insert(referral);
    }

    /** The deliveries for this referral, oldest first. */
    List<WebhookDelivery> deliveriesFor(String referralId) {
        return mongo.find(Query.query(Criteria.where("referralId").is(referralId)), WebhookDelivery.class).stream()
                .sorted(java.util.Comparator.comparing(WebhookDelivery::createdAt)).toList();
    }

    WebhookDelivery delivery(String id) {
        return mongo.findById(id, WebhookDelivery.class);
    }
}
