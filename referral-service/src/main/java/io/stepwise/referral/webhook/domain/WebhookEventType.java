package io.stepwise.referral.webhook.domain;

import java.util.Optional;

import io.stepwise.referral.referral.domain.ReferralChange;

/** The webhook event types a partner receives: the clinic's changes to a referral assigned to it. */
public enum WebhookEventType {

    /** The referral was given to the partner (by a coordinator, or at once when it was the only one offering it). */
    REFERRAL_ASSIGNED("referral.assigned"),
    /** The clinic cancelled the referral. */
    REFERRAL_CANCELLED("referral.cancelled");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code type} in the webhook body, e.g. {@code referral.assigned}. */
    public String wireName() {
        return wireName;
    }

    /** The webhook for a referral change, or empty when the change is not the clinic's news to the partner. */
    public static Optional<WebhookEventType> of(ReferralChange change) {
        return switch (change) {
            case ASSIGNED -> Optional.of(REFERRAL_ASSIGNED);
            case CANCELLED -> Optional.of(REFERRAL_CANCELLED);
            default -> Optional.empty();
        };
    }
}
