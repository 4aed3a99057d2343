package io.stepwise.referral.partner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where and how a partner receives webhooks: its URL, the secrets the platform signs with, and whether deliveries go
 * out. The URL is checked by the service's outbound-URL policy before it gets here.
 *
 * @param url           the receiver (https; http to loopback only on the local platform)
 * @param secrets       the current secret first, then rotated-out ones still signing until they retire
 * @param enabled       false after the receiver answered 410 Gone, until the clinic sets the URL again
 * @param disabledReason why deliveries stopped, when they did
 * @param disabledAt    when deliveries stopped
 */
public record WebhookEndpoint(String url, List<WebhookSecret> secrets, boolean enabled, String disabledReason,
        Instant disabledAt) {

    public WebhookEndpoint {
        Objects.requireNonNull(url, "url");
        secrets = List.copyOf(secrets);
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A webhook endpoint has at least one secret");
        }
    }

    public static WebhookEndpoint of(String url, WebhookSecret secret) {
        return new WebhookEndpoint(url, List.of(secret), true, null, null);
    }

    /** The secrets to sign with now: the current one and any rotated-out one that has not retired yet. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        return secrets.stream().filter(secret -> secret.signsAt(now)).toList();
    }

    /**
     * A new current secret; the one current until now keeps signing for {@code overlap}, so receivers can switch
     * without a gap. Secrets rotated out before it stop at once: two signatures at most, and rotating again after a
     * leak cuts the leaked secret off.
     */
    WebhookEndpoint rotated(WebhookSecret next, Instant now, Duration overlap) {
        var kept = new ArrayList<WebhookSecret>();
        kept.add(next);
        secrets.stream().filter(secret -> secret.retiresAt() == null).findFirst().ifPresent(current ->
                kept.add(new WebhookSecret(current.value(), current.createdAt(), now.plus(overlap))));
        return new WebhookEndpoint(url, kept, enabled, disabledReason, disabledAt);
    }

    WebhookEndpoint disabled(String why, Instant now) {
        return new WebhookEndpoint(url, secrets, false, why, now);
    }

    WebhookEndpoint withUrl(String newUrl) {
        return new WebhookEndpoint(newUrl, secrets, true, null, null);
    }
}
