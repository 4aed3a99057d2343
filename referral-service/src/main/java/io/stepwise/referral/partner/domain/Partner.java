package io.stepwise.referral.partner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral partner organisation: what it offers, the Keycloak client it calls the partner API with (its tokens carry
 * {@code partner_id} = this id), how that client authenticates, and its webhook endpoint. A deactivated partner gets
 * no referrals, its client is disabled and its tokens are refused at once. The {@code revision} guards concurrent
 * writers.
 */
@Document("partners")
public final class Partner {

    /** How long a rotated-out webhook secret keeps signing beside the new one. */
    public static final Duration WEBHOOK_SECRET_OVERLAP = Duration.ofHours(24);

    @Id
    private final String id;
    private final String name;
    private final Set<Specialty> specialties;
    @Indexed(unique = true)
    private final String clientId;
    private final ClientAuthentication authentication;
    private final String jwksUrl;
    private WebhookEndpoint webhook;
    private boolean active;
    private final Instant createdAt;
    private Instant deactivatedAt;
    @Version
    private Long revision;

    @PersistenceCreator
    Partner(String id, String name, Set<Specialty> specialties, String clientId, ClientAuthentication authentication,
            String jwksUrl, WebhookEndpoint webhook, boolean active, Instant createdAt, Instant deactivatedAt,
            Long revision) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.specialties = specialties == null || specialties.isEmpty() ? EnumSet.noneOf(Specialty.class)
                : EnumSet.copyOf(specialties);
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.jwksUrl = jwksUrl;
        this.webhook = webhook;
        this.active = active;
        this.createdAt = createdAt;
        this.deactivatedAt = deactivatedAt;
        this.revision = revision;
    }

    /**
     * A new, active partner.
     *
     * @param specialties at least one
     * @param jwksUrl     null for a client that authenticates with a secret; else where its public keys are
     * @param webhook     null when the partner polls instead
     * @throws IllegalArgumentException without specialties
     */
    public static Partner onboarded(String id, String name, Set<Specialty> specialties, String clientId,
            String jwksUrl, WebhookEndpoint webhook, Instant now) {
        if (specialties == null || specialties.isEmpty()) {
            throw new IllegalArgumentException("A partner offers at least one specialty");
        }
        var authentication = jwksUrl == null ? ClientAuthentication.CLIENT_SECRET : ClientAuthentication.SIGNED_JWT;
        return new Partner(id, name, specialties, clientId, authentication, jwksUrl, webhook, true, now, null, null);
    }

    /** Whether referrals of this specialty may go to this partner now. */
    public boolean offers(Specialty specialty) {
        return active && specialties.contains(specialty);
    }

    /** Stops the partner: no new referrals, no webhooks, its tokens refused. Repeating it changes nothing. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            deactivatedAt = now;
        }
    }

    /**
     * A new current webhook secret; the previous one keeps signing for {@link #WEBHOOK_SECRET_OVERLAP}.
     *
     * @throws IllegalStateException when the partner has no webhook endpoint
     */
    public void rotateWebhookSecret(WebhookSecret next, Instant now) {
        webhook = requireWebhook().rotated(next, now, WEBHOOK_SECRET_OVERLAP);
    }

    /** The receiver answered 410 Gone: no more deliveries until the clinic sets the URL again. */
    public void disableWebhook(String why, Instant now) {
        if (webhook != null && webhook.enabled()) {
            webhook = webhook.disabled(why, now);
        }
    }

    /** Sets (or re-enables) the webhook URL, keeping the secrets; a partner without an endpoint gets {@code secret}. */
    public void setWebhookUrl(String url, WebhookSecret secretIfNew) {
        webhook = webhook == null ? WebhookEndpoint.of(url, secretIfNew) : webhook.withUrl(url);
    }

    private WebhookEndpoint requireWebhook() {
        if (webhook == null) {
            throw new IllegalStateException("Partner " + id + " has no webhook endpoint");
        }
        return webhook;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<Specialty> specialties() {
        return Set.copyOf(specialties);
    }

    public String clientId() {
        return clientId;
    }

    public ClientAuthentication authentication() {
        return authentication;
    }

    public String jwksUrl() {
        return jwksUrl;
    }

    /** The webhook endpoint, or null when the partner has none. */
    public WebhookEndpoint webhook() {
        return webhook;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public Long revision() {
        return revision;
    }
}
