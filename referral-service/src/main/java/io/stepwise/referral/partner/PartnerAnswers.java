package io.stepwise.referral.partner;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the credential-changing calls answer: the secrets made, shown this once, never again. */
final class PartnerAnswers {

    private PartnerAnswers() {
    }

    /**
     * {@code POST /api/partners} → 201.
     *
     * @param clientSecret absent for a partner whose client signs JWT assertions
     */
    record Onboarded(String id, String clientId, @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret,
            String webhookSecret) {

        static Onboarded of(OnboardedPartner onboarded) {
            return new Onboarded(onboarded.partner().id(), onboarded.partner().clientId(), onboarded.clientSecret(),
                    onboarded.webhookSecret());
        }

        @Override
        public String toString() {
            return "Onboarded[" + id + ", " + clientId + "]";
        }
    }

    /** {@code POST /api/partners/{id}/rotate-secret} → 200. */
    record ClientSecret(String clientSecret) {

        @Override
        public String toString() {
            return "ClientSecret[…]";
        }
    }

    /** {@code POST /api/partners/{id}/rotate-webhook-secret} → 200. */
    record WebhookSecret(String webhookSecret, Instant previousSecretRetiresAt) {

        @Override
        public String toString() {
            return "WebhookSecret[previous retires at " + previousSecretRetiresAt + "]";
        }
    }

    /**
     * {@code PUT /api/partners/{id}/webhook} → 200: the endpoint as it is now.
     *
     * @param webhookSecret only when this call created the partner's first endpoint; absent otherwise
     */
    record Webhook(String url, boolean enabled, String disabledReason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String webhookSecret) {

        @Override
        public String toString() {
            return "Webhook[" + url + ", enabled=" + enabled + "]";
        }
    }
}
