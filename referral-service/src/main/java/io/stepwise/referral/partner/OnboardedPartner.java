package io.stepwise.referral.partner;

import io.stepwise.referral.partner.domain.Partner;

/**
 * A partner just onboarded, with the secrets that are shown this once. The client secret lives in Keycloak only; the
 * webhook secret is kept in the partner's document, because every webhook is signed with it, and is never shown
 * again or logged.
 *
 * @param clientSecret  its client's secret; null for a client that authenticates with signed JWTs
 * @param webhookSecret the {@code whsec_…} secret its webhooks are signed with
 */
record OnboardedPartner(Partner partner, String clientSecret, String webhookSecret) {

    /** Never the secrets: records end up in logs. */
    @Override
    public String toString() {
        return "OnboardedPartner[" + partner.id() + ", " + partner.clientId() + "]";
    }
}
