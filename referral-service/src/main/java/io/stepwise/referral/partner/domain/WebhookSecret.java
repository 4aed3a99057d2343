package io.stepwise.referral.partner.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
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
    /** How many random bytes a new secret holds (256 bits, the HMAC-SHA256 key size). */
    public static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
    }

    /** A new current secret: {@code whsec_} and the base64 of {@value #BYTES} bytes from a {@link SecureRandom}. */
    public static WebhookSecret generate(Instant now) {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key), now, null);
    }

    /** Whether the platform still signs with it at this instant. */
    public boolean signsAt(Instant now) {
        return retiresAt == null || now.isBefore(retiresAt);
    }

    /** Never the secret itself: records end up in logs. */
    @Override
    public String toString() {
        return "WebhookSecret[createdAt=" + createdAt + ", retiresAt=" + retiresAt + "]";
    }
}
