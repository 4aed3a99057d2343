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
    /** The name as people read it (case and spacing aside): two partners may not share it. */
    @Indexed(unique = true, sparse = true)
    private final String nameKey;
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

    /** {@code nameKey} as stored is ignored: it is always derived from the name. */
    @PersistenceCreator
    Partner(String id, String name, String nameKey, Set<Specialty> specialties, String clientId,
            ClientAuthentication authentication, String jwksUrl, WebhookEndpoint webhook, boolean active,
            Instant createdAt, Instant deactivatedAt, Long revision) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.nameKey = nameKey(name);
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
        return new Partner(id, name, null, specialties, clientId, authentication, jwksUrl, webhook, true, now, null,
                null);
    }

    /**
     * The key two partners' names may not share: lower case, runs of white space as one space, trimmed. In: a name.
     * Out: its key ("Demo  Psychology practice" and "demo psychology Practice" have the same).
     */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether referrals of this specialty may go to this partner now. */
    public boolean offers(Specialty specialty) {
        return active && specialties.contains(specialty);
    }

    /**
     * Stops the partner: no new referrals, no webhooks, its tokens refused. Repeating it changes nothing.
     *
     * @return whether this call deactivated it (false when it already was)
     */
    public boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        deactivatedAt = now;
        return true;
    }

    /**
     * Checks that the partner's client may get a new secret: it is active and authenticates with a secret.
     *
     * @throws PartnerRuleException for a deactivated partner, or one that signs JWT assertions and so has no secret
     */
    public void checkClientSecretRotation() {
        requireActive();
        if (authentication != ClientAuthentication.CLIENT_SECRET) {
            throw new PartnerRuleException("Partner " + id + " authenticates with JWTs signed by its own keys ("
                    + jwksUrl + "); it has no client secret to rotate");
        }
    }

    /**
     * A new current webhook secret; the previous one keeps signing for {@link #WEBHOOK_SECRET_OVERLAP}.
     *
     * @return when the previous secret stops signing
     * @throws PartnerRuleException when the partner is deactivated or has no webhook endpoint
     */
    public Instant rotateWebhookSecret(WebhookSecret next, Instant now) {
        requireActive();
        webhook = requireWebhook().rotated(next, now, WEBHOOK_SECRET_OVERLAP);
        return now.plus(WEBHOOK_SECRET_OVERLAP);
    }

    /** The receiver answered 410 Gone: no more deliveries until the clinic sets the URL again. */
    public void disableWebhook(String why, Instant now) {
        if (webhook != null && webhook.enabled()) {
            webhook = webhook.disabled(why, now);
        }
    }

    /**
     * Sets (or re-enables) the webhook URL, keeping the secrets; a partner without an endpoint gets
     * {@code secretIfNew} as its first secret.
     *
     * @return whether anything changed (false when the endpoint already had this URL and was enabled)
     * @throws PartnerRuleException when the partner is deactivated
     */
    public boolean setWebhookUrl(String url, WebhookSecret secretIfNew) {
        requireActive();
        if (webhook == null) {
            webhook = WebhookEndpoint.of(url, secretIfNew);
            return true;
        }
        if (webhook.enabled() && webhook.url().equals(url)) {
            return false;
        }
        webhook = webhook.withUrl(url);
        return true;
    }

    private void requireActive() {
        if (!active) {
            throw new PartnerRuleException("Partner " + id + " is deactivated; its credentials and webhook no "
                    + "longer change");
        }
    }

    private WebhookEndpoint requireWebhook() {
        if (webhook == null) {
            throw new PartnerRuleException("Partner " + id + " has no webhook endpoint; set its webhook URL first");
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
