package io.stepwise.referral.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.stepwise.kit.ids.UuidV7;
import io.stepwise.referral.partner.PartnerClients.NewPartnerClient;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.WebhookEndpoint;
import io.stepwise.referral.partner.domain.WebhookSecret;

/**
 * Onboards a referral partner: the partner here and its OAuth2 client at the identity provider, both or neither.
 * The client is created first; if the partner then cannot be saved, the client is deleted again.
 */
@Service
class PartnerOnboarding {

    private static final Logger log = LoggerFactory.getLogger(PartnerOnboarding.class);

    private final Partners partners;
    private final PartnerClients clients;
    private final PartnerUrls urls;
    private final Clock clock;

    PartnerOnboarding(Partners partners, PartnerClients clients, PartnerUrls urls, Clock clock) {
        this.partners = partners;
        this.clients = clients;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * In: the partner as the clinic admin describes it, and who does it. Out: the saved partner with its client
     * secret (none for a JWKS partner) and webhook secret, to be shown once.
     *
     * @throws RefusedPartnerUrlException         when the webhook or JWKS URL may not be called; nothing changes
     * @throws DuplicatePartnerException          when a partner with the same name (case and spacing aside) or client
     *                                            id exists; nothing changes
     * @throws PartnerClientTakenException        when the identity provider has that client id; nothing changes
     * @throws PartnerClientsUnavailableException when the identity provider failed; nothing changes
     */
    OnboardedPartner onboard(NewPartner request, String actor) {
        String webhookUrl = urls.check("webhookUrl", request.webhookUrl());
        String jwksUrl = request.jwksUrl() == null ? null : urls.check("jwksUrl", request.jwksUrl());
        String clientId = ClientIds.forName(request.name());
        if (partners.existsByClientId(clientId) || partners.existsByNameKey(Partner.nameKey(request.name()))) {
            throw new DuplicatePartnerException(request.name(), clientId);
        }
        // Milliseconds, as the database keeps them: the answer says the same times as every later read.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UuidV7.next();
        WebhookSecret webhookSecret = WebhookSecret.generate(now);
        Partner partner = Partner.onboarded(id, request.name(), request.specialties(), clientId, jwksUrl,
                WebhookEndpoint.of(webhookUrl, webhookSecret), now);

        String clientSecret = clients.create(new NewPartnerClient(clientId, request.name(), id, jwksUrl));
        Partner saved = save(partner);
        log.info("Partner {} ({}) onboarded by {}: client {}, authentication {}", id, request.name(), actor, clientId,
                partner.authentication());
        return new OnboardedPartner(saved, clientSecret, webhookSecret.value());
    }

    private Partner save(Partner partner) {
        try {
            return partners.insert(partner);
        } catch (RuntimeException failure) {
            withdrawClient(partner.clientId(), failure);
            if (failure instanceof DuplicateKeyException) {
                throw new DuplicatePartnerException(partner.name(), partner.clientId());
            }
            throw failure;
        }
    }

    /** The partner could not be saved: its new client must not outlive it. */
    private void withdrawClient(String clientId, RuntimeException failure) {
        try {
            clients.delete(clientId);
            log.warn("Partner with client {} could not be saved ({}); its client was deleted again", clientId,
                    failure.toString());
        } catch (RuntimeException deleteFailed) {
            failure.addSuppressed(deleteFailed);
            log.error("Partner with client {} could not be saved, and its client could not be deleted: delete it in "
                    + "Keycloak's admin console", clientId, deleteFailed);
        }
    }
}
