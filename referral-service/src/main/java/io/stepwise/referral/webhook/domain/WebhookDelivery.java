package io.stepwise.referral.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One webhook message to one partner and its delivery state: the body, fixed when the clinic's change was seen, and
 * every attempt to POST it. Each attempt is signed afresh; the {@linkplain #webhookId() webhook id} never changes, so
 * a receiver can drop repeats. A delivery is PENDING until it is DELIVERED, FAILED, GONE, SKIPPED or GAVE_UP; an ended
 * delivery can be resent, which starts a new series of attempts. The {@code revision} guards concurrent writers (two
 * senders, a sender and a resend).
 */
@Document("webhook_deliveries")
@CompoundIndexes({
        @CompoundIndex(name = "partner_created", def = "{'partnerId': 1, 'createdAt': -1}"),
        @CompoundIndex(name = "status_due", def = "{'status': 1, 'nextAttemptAt': 1}")})
public final class WebhookDelivery {

    /** The Standard Webhooks message id prefix. */
    public static final String WEBHOOK_ID_PREFIX = "msg_";
    /** The newest attempts kept on the delivery; older ones are dropped (the count stays). */
    public static final int MAX_RECORDED_ATTEMPTS = 50;

    @Id
    private final String id;
    private final String partnerId;
    private final String referralId;
    private final String eventId;
    private final WebhookEventType type;
    private final String payload;
    private final Instant occurredAt;
    private final Instant createdAt;
    private DeliveryStatus status;
    private String statusReason;
    private Instant nextAttemptAt;
    private Instant seriesStartedAt;
    private int seriesAttempts;
    private int attemptCount;
    private int resends;
    private final List<DeliveryAttempt> attempts;
    @Version
    private Long revision;

    @PersistenceCreator
    WebhookDelivery(String id, String partnerId, String referralId, String eventId, WebhookEventType type,
            String payload, Instant occurredAt, Instant createdAt, DeliveryStatus status, String statusReason,
            Instant nextAttemptAt, Instant seriesStartedAt, int seriesAttempts, int attemptCount, int resends,
            List<DeliveryAttempt> attempts, Long revision) {
        this.id = Objects.requireNonNull(id, "id");
        this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        this.referralId = Objects.requireNonNull(referralId, "referralId");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.type = Objects.requireNonNull(type, "type");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.occurredAt = occurredAt;
        this.createdAt = createdAt;
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.nextAttemptAt = nextAttemptAt;
        this.seriesStartedAt = seriesStartedAt;
        this.seriesAttempts = seriesAttempts;
        this.attemptCount = attemptCount;
        this.resends = resends;
        this.attempts = new ArrayList<>(attempts == null ? List.of() : attempts);
        this.revision = revision;
    }

    /**
     * A new delivery, due at once.
     *
     * @param eventId    the id of the referral event that caused it; the delivery's id derives from it
     * @param payload    the JSON body, exactly as it will be sent and signed on every attempt
     * @param occurredAt when the referral changed
     */
    public static WebhookDelivery created(String eventId, String partnerId, String referralId, WebhookEventType type,
            String payload, Instant occurredAt, Instant now) {
        return new WebhookDelivery(idFor(eventId), partnerId, referralId, eventId, type, payload, occurredAt, now,
                DeliveryStatus.PENDING, null, now, null, 0, 0, 0, List.of(), null);
    }

    /** The delivery id for a referral event: the same event always gives the same id, so a repeat creates nothing. */
    public static String idFor(String eventId) {
        return UUID.nameUUIDFromBytes(("webhook-delivery/" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The {@code webhook-id} header: {@code msg_} and the delivery id, the same on every attempt and resend. */
    public String webhookId() {
        return WEBHOOK_ID_PREFIX + id;
    }

    /**
     * Records an attempt of the current series and what follows from it: DELIVERED on 2xx, GONE on 410, FAILED on
     * another 4xx; otherwise the next attempt as the schedule says, or GAVE_UP.
     *
     * @param now    when the attempt ended
     * @param random a number in [0, 1) for the retry jitter
     * @throws IllegalStateException when the delivery has already ended
     */
    public void attempted(DeliveryAttempt attempt, Instant now, RetrySchedule schedule, double random) {
        requirePending();
        if (seriesStartedAt == null) {
            seriesStartedAt = attempt.at();
        }
        seriesAttempts++;
        attemptCount++;
        attempts.add(attempt);
        if (attempts.size() > MAX_RECORDED_ATTEMPTS) {
            attempts.removeFirst();
        }
        switch (attempt.outcome()) {
            case DELIVERED -> end(DeliveryStatus.DELIVERED, null);
            case GONE -> end(DeliveryStatus.GONE, "The receiver answered 410 Gone; the partner's endpoint is disabled");
            case REJECTED -> end(DeliveryStatus.FAILED, "The receiver answered " + attempt.httpStatus()
                    + "; a 4xx other than 408, 410 and 429 is not retried");
            case RETRY -> schedule.next(seriesAttempts, seriesStartedAt, now, random).ifPresentOrElse(
                    next -> nextAttemptAt = next,
                    () -> end(DeliveryStatus.GAVE_UP, "No success within " + schedule.giveUpAfter()
                            + " of the first attempt (" + seriesAttempts + " attempts)"));
        }
    }

    /**
     * Ends the delivery unsent (the partner was deactivated, its endpoint disabled or removed).
     *
     * @throws IllegalStateException when the delivery has already ended
     */
    public void skip(String why, Instant now) {
        requirePending();
        end(DeliveryStatus.SKIPPED, why);
    }

    /**
     * Starts a new series of attempts for an ended delivery, due at once: same body and webhook id, fresh timestamp
     * and signatures, a new give-up time.
     *
     * @throws DeliveryInFlightException while the delivery is PENDING
     */
    public void resend(Instant now) {
        if (!status.hasEnded()) {
            throw new DeliveryInFlightException(id);
        }
        status = DeliveryStatus.PENDING;
        statusReason = null;
        nextAttemptAt = now;
        seriesStartedAt = null;
        seriesAttempts = 0;
        resends++;
    }

    private void end(DeliveryStatus ended, String why) {
        status = ended;
        statusReason = why;
        nextAttemptAt = null;
    }

    private void requirePending() {
        if (status.hasEnded()) {
            throw new IllegalStateException("Webhook delivery " + id + " has ended (" + status + ")");
        }
    }

    public String id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public String referralId() {
        return referralId;
    }

    public String eventId() {
        return eventId;
    }

    public WebhookEventType type() {
        return type;
    }

    /** The JSON body sent (and signed) on every attempt. */
    public String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    /** Why the delivery ended other than DELIVERED; else null. */
    public String statusReason() {
        return statusReason;
    }

    /** When the next attempt is due (while one runs: when its lease expires); null once ended. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** When the current series' first attempt started; null before it. */
    public Instant seriesStartedAt() {
        return seriesStartedAt;
    }

    /** Attempts of every series, including those no longer kept. */
    public int attemptCount() {
        return attemptCount;
    }

    /** How often a clinic admin resent it. */
    public int resends() {
        return resends;
    }

    /** The newest attempts, oldest first, at most {@value #MAX_RECORDED_ATTEMPTS}. */
    public List<DeliveryAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public Long revision() {
        return revision;
    }
}
