package io.stepwise.referral.webhook;

import java.util.Optional;

import io.stepwise.referral.partner.domain.Partner;

/**
 * Whether a partner takes webhooks now. Deliveries to a partner that does not are not held back: they end SKIPPED
 * when due (a disabled endpoint said 410 Gone; a deactivated partner gets no webhooks at all), and a clinic admin
 * resends what is still wanted once the endpoint is back. Partners catch up by polling with {@code updatedSince}.
 */
final class Deliverability {

    private Deliverability() {
    }

    /** Why webhooks cannot go to this partner now, or empty when they can. */
    static Optional<String> whyNot(String partnerId, Optional<Partner> partner) {
        if (partner.isEmpty()) {
            return Optional.of("Partner " + partnerId + " no longer exists");
        }
        var found = partner.get();
        if (!found.isActive()) {
            return Optional.of("Partner " + partnerId + " is deactivated");
        }
        if (found.webhook() == null) {
            return Optional.of("Partner " + partnerId + " has no webhook endpoint");
        }
        if (!found.webhook().enabled()) {
            return Optional.of("The webhook endpoint of partner " + partnerId + " is disabled"
                    + (found.webhook().disabledReason() == null ? "" : " (" + found.webhook().disabledReason() + ")")
                    + "; it is enabled again when the clinic sets its URL");
        }
        return Optional.empty();
    }
}
