package io.stepwise.referral.partner.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A key the platform signs a partner's webhooks with: {@code whsec_} and the base64 of 32 random bytes (the Standard
 * Webhooks format).
 *
 * @param value     the secret, {@code whsec_…}
 * @param createdAt when it was made
 * @param retiresAt null for the current secret; for a rotated-out one, when the platform stops signing with it
 */
public record WebhookSecret(String value, Instant createdAt, Instant retiresAt) {

    public static final String PREFIX = "whsec_";

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
    }

    /** Whether the platform still signs with it at this instant. */
    public boolean signsAt(Instant now) {
        return retiresAt == null || now.isBefore(retiresAt);
    }
}
