package io.stepwise.referral.webhook;

/**
 * A webhook body in the Standard Webhooks payload shape; thin on purpose: no patient data, the partner fetches the
 * referral with its token.
 *
 * @param type      {@code referral.assigned} or {@code referral.cancelled}
 * @param timestamp when the referral changed, ISO-8601 UTC
 * @param data      which event and which referral
 */
record WebhookMessage(String type, String timestamp, Data data) {

    /**
     * @param eventId    the id of the referral event (CloudEvent id) behind this webhook
     * @param referralId the referral, to fetch at {@code /partner-api/v1/referrals/{referralId}}
     */
    record Data(String eventId, String referralId) {
    }
}
