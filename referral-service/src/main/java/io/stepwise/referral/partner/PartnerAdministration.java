package io.stepwise.referral.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import io.stepwise.kit.web.IfMatch;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.PartnerRuleException;
import io.stepwise.referral.partner.domain.WebhookSecret;

/**
 * A clinic admin's work on onboarded partners: list and read them, rotate their secrets, set their webhook URL and
 * deactivate them. Every change names the revision it was made on (If-Match) and is logged with who made it; secrets
 * are never logged.
 */
@Service
class PartnerAdministration {

    private static final Logger log = LoggerFactory.getLogger(PartnerAdministration.class);

    private final Partners partners;
    private final PartnerDirectory directory;
    private final PartnerClients clients;
    private final PartnerUrls urls;
    private final Clock clock;

    PartnerAdministration(Partners partners, PartnerDirectory directory, PartnerClients clients, PartnerUrls urls,
            Clock clock) {
        this.partners = partners;
        this.directory = directory;
        this.clients = clients;
        this.urls = urls;
        this.clock = clock;
    }

    Page<Partner> list(Pageable page) {
        return partners.findAll(page);
    }

    /** @throws UnknownPartnerException when there is none */
    Partner get(String id) {
        return directory.get(id);
    }

    /**
     * A new client secret from the identity provider; the old one stops working at once.
     *
     * @return the partner (unchanged here) and the new secret, to be shown once
     * @throws PartnerRuleException               when the partner is deactivated or authenticates with signed JWTs
     * @throws PartnerClientsUnavailableException when the identity provider failed; the old secret still works
     */
    RotatedClientSecret rotateClientSecret(String id, IfMatch ifMatch, String actor) {
        Partner partner = current(id, ifMatch);
        partner.checkClientSecretRotation();
        String secret = clients.regenerateSecret(partner.clientId());
        log.info("Client secret of partner {} (client {}) rotated by {}", id, partner.clientId(), actor);
        return new RotatedClientSecret(partner, secret);
    }

    /**
     * A new webhook secret; the previous one keeps signing beside it for a day.
     *
     * @throws PartnerRuleException when the partner is deactivated or has no webhook endpoint
     */
    RotatedWebhookSecret rotateWebhookSecret(String id, IfMatch ifMatch, String actor) {
        Partner partner = current(id, ifMatch);
        Instant now = now();
        WebhookSecret next = WebhookSecret.generate(now);
        Instant previousRetiresAt = partner.rotateWebhookSecret(next, now);
        Partner saved = partners.save(partner);
        log.info("Webhook secret of partner {} rotated by {}; the previous one retires at {}", id, actor,
                previousRetiresAt);
        return new RotatedWebhookSecret(saved, next.value(), previousRetiresAt);
    }

    /**
     * Sets the webhook URL, or re-enables deliveries to it after a 410 disabled them. A partner that had no endpoint
     * gets its first webhook secret here.
     *
     * @return the partner and, only when the endpoint is new, its secret (else null)
     * @throws RefusedPartnerUrlException when the URL may not be called; nothing changes
     * @throws PartnerRuleException       when the partner is deactivated
     */
    WebhookChange setWebhookUrl(String id, IfMatch ifMatch, String url, String actor) {
        urls.check("url", url);
        Partner partner = current(id, ifMatch);
        boolean isNew = partner.webhook() == null;
        WebhookSecret secretIfNew = WebhookSecret.generate(now());
        if (!partner.setWebhookUrl(url, secretIfNew)) {
            return new WebhookChange(partner, null);
        }
        Partner saved = partners.save(partner);
        log.info("Webhook URL of partner {} set by {}", id, actor);
        return new WebhookChange(saved, isNew ? secretIfNew.value() : null);
    }

    /**
     * Deactivates the partner, which refuses its tokens at once, then disables its client at the identity provider so
     * it gets no new ones. Repeating it changes nothing here and disables the client again (in case that failed).
     *
     * @throws PartnerClientsUnavailableException when the identity provider failed; the partner is deactivated all the
     *                                            same and its tokens refused, and a repeat disables the client
     */
    Partner deactivate(String id, IfMatch ifMatch, String actor) {
        Partner partner = current(id, ifMatch);
        if (partner.deactivate(now())) {
            partner = partners.save(partner);
            log.info("Partner {} (client {}) deactivated by {}; its tokens are refused from now on", id,
                    partner.clientId(), actor);
        }
        try {
            clients.disable(partner.clientId());
        } catch (PartnerClientsUnavailableException e) {
            throw new PartnerClientsUnavailableException("Partner " + id + " is deactivated and its tokens are "
                    + "refused, but its client " + partner.clientId() + " could not be disabled at the identity "
                    + "provider; repeat the call (If-Match: *) to disable it", e);
        }
        return partner;
    }

    /** Milliseconds, as the database keeps them: an answer says the same times as every later read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Partner current(String id, IfMatch ifMatch) {
        Partner partner = directory.get(id);
        ifMatch.check("Partner " + id, partner.revision());
        return partner;
    }

    /** A rotated client secret, shown once. */
    record RotatedClientSecret(Partner partner, String clientSecret) {

        @Override
        public String toString() {
            return "RotatedClientSecret[" + partner.id() + "]";
        }
    }

    /** A rotated webhook secret, shown once, and when the previous one stops signing. */
    record RotatedWebhookSecret(Partner partner, String webhookSecret, Instant previousSecretRetiresAt) {

        @Override
        public String toString() {
            return "RotatedWebhookSecret[" + partner.id() + ", previous retires at " + previousSecretRetiresAt + "]";
        }
    }

    /** The partner after a webhook URL change, and the endpoint's first secret when it was new (else null). */
    record WebhookChange(Partner partner, String newWebhookSecret) {

        @Override
        public String toString() {
            return "WebhookChange[" + partner.id() + "]";
        }
    }
}
