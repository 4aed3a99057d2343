package io.stepwise.referral.webhook.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One POST of a webhook to the partner's receiver, as the delivery log shows it.
 *
 * @param at              when the attempt started (UTC)
 * @param durationMs      how long it took, in milliseconds
 * @param httpStatus      the receiver's status code, or null when there was no answer
 * @param error           why there was no answer (network error, time-out, refused URL), else null
 * @param responseSnippet the start of the receiver's body, at most {@value #MAX_SNIPPET} characters; never more is kept
 */
public record DeliveryAttempt(Instant at, long durationMs, Integer httpStatus, String error, String responseSnippet) {

    public static final int MAX_SNIPPET = 200;
    static final int MAX_ERROR = 300;

    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
        if ((httpStatus == null) == (error == null)) {
            throw new IllegalArgumentException("An attempt has either an HTTP status or an error");
        }
        durationMs = Math.max(0, durationMs);
        error = truncated(error, MAX_ERROR);
        responseSnippet = truncated(responseSnippet, MAX_SNIPPET);
    }

    /** The receiver answered with this status (and body start, may be null). */
    public static DeliveryAttempt answered(Instant at, long durationMs, int httpStatus, String responseSnippet) {
        return new DeliveryAttempt(at, durationMs, httpStatus, null, responseSnippet);
    }

    /** There was no answer: a network error, a time-out or a URL the platform refused to call. */
    public static DeliveryAttempt failed(Instant at, long durationMs, String error) {
        return new DeliveryAttempt(at, durationMs, null, error == null || error.isBlank() ? "no answer" : error, null);
    }

    /** What this attempt means for the delivery. */
    public AttemptOutcome outcome() {
        if (httpStatus == null) {
            return AttemptOutcome.RETRY;
        }
        int status = httpStatus;
        if (status >= 200 && status < 300) {
            return AttemptOutcome.DELIVERED;
        }
        if (status == 410) {
            return AttemptOutcome.GONE;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return AttemptOutcome.RETRY;
        }
        return AttemptOutcome.REJECTED;
    }

    private static String truncated(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
