package io.stepwise.referral.partner;

import java.time.Instant;
import java.util.List;

import io.stepwise.referral.partner.domain.ClientAuthentication;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.partner.domain.WebhookEndpoint;

/**
 * A partner as a clinic admin sees it: never a secret. Absent parts are null.
 *
 * @param specialties    in declaration order
 * @param authentication CLIENT_SECRET or SIGNED_JWT (then {@code jwksUrl} says where its keys are)
 * @param webhook        null for a partner that polls
 * @param deactivatedAt  when it was deactivated, if it was
 * @param revision       the ETag's number: send it as If-Match to change the partner
 */
record PartnerResponse(String id, String name, List<Specialty> specialties, String clientId,
        ClientAuthentication authentication, String jwksUrl, Webhook webhook, boolean active, Instant createdAt,
        Instant deactivatedAt, long revision) {

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.id(), partner.name(), partner.specialties().stream().sorted().toList(),
                partner.clientId(), partner.authentication(), partner.jwksUrl(), Webhook.of(partner.webhook()),
                partner.isActive(), partner.createdAt(), partner.deactivatedAt(), partner.revision());
    }

    /**
     * Where the partner's webhooks go and whether they do.
     *
     * @param disabledReason why deliveries stopped (the receiver answered 410), while they are stopped
     */
    record Webhook(String url, boolean enabled, String disabledReason) {

        static Webhook of(WebhookEndpoint endpoint) {
            return endpoint == null ? null
                    : new Webhook(endpoint.url(), endpoint.enabled(), endpoint.disabledReason());
        }
    }
}
