package io.stepwise.referral.webhook.domain;

/**
 * Where a webhook delivery stands (after Spring Modulith's event publication registry: every delivery has a status an
 * operator can see, and a finished one can be resent).
 */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt, or being attempted now. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver refused it with a 4xx other than 408, 410 and 429: sending it again as is would not help. */
    FAILED,
    /** Retried on network errors, time-outs, 3xx, 408, 429 and 5xx until the give-up time without success. */
    GAVE_UP,
    /** The receiver answered 410 Gone: the partner's endpoint is disabled. */
    GONE,
    /** Not sent: the partner was deactivated, or its endpoint disabled or removed, when it was due. */
    SKIPPED;

    /** Whether the delivery has ended (anything but PENDING); only an ended delivery can be resent. */
    public boolean hasEnded() {
        return this != PENDING;
    }
}
