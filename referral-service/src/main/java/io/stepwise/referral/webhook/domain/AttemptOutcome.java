package io.stepwise.referral.webhook.domain;

/** What one attempt means for its delivery. */
public enum AttemptOutcome {
    /** 2xx: delivered. */
    DELIVERED,
    /** A network error, a time-out, a refused URL, 408, 429 or 5xx: try again. */
    RETRY,
    /**
     * A 3xx (redirects are never followed, so asking again cannot succeed until the clinic sets the new URL) or another
     * 4xx: the receiver will not take it; not retried.
     */
    REJECTED,
    /** 410 Gone: the receiver is gone for good; the endpoint is disabled. */
    GONE
}
