package io.stepwise.referral.webhook.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a delivery that could not be delivered is tried again: the wait doubles from {@code firstRetry} after each
 * failed attempt, up to {@code maxInterval}, less up to {@value #JITTER_PERCENT} % at random so that receivers coming
 * back from an outage are not hit by every retry at once; once the next attempt would fall later than
 * {@code giveUpAfter} after the first attempt of the series, the delivery gives up.
 *
 * @param firstRetry  the wait after the first failed attempt (e.g. 5 s)
 * @param maxInterval the longest wait between two attempts (e.g. 1 h)
 * @param giveUpAfter how long after its first attempt a series keeps trying (e.g. 24 h)
 */
public record RetrySchedule(Duration firstRetry, Duration maxInterval, Duration giveUpAfter) {

    static final int JITTER_PERCENT = 20;

    public RetrySchedule {
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxInterval, "maxInterval");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (firstRetry.isNegative() || firstRetry.isZero() || maxInterval.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("The first retry must be positive and at most the maximum interval");
        }
    }

    /**
     * @param failedAttempts  failed attempts of this series so far, at least 1
     * @param seriesStartedAt when the series' first attempt started
     * @param now             when the last attempt ended
     * @param random          a number in [0, 1) for the jitter (0: the full wait)
     * @return when to try next, or empty to give up
     */
    public Optional<Instant> next(int failedAttempts, Instant seriesStartedAt, Instant now, double random) {
        Instant next = now.plus(waitAfter(failedAttempts, random));
        return next.isAfter(seriesStartedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }

    /** The wait after this many failed attempts: doubled from the first retry, capped, less the jitter. */
    Duration waitAfter(int failedAttempts, double random) {
        Duration wait = firstRetry;
        for (int failed = 1; failed < failedAttempts && wait.compareTo(maxInterval) < 0; failed++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(maxInterval) > 0) {
            wait = maxInterval;
        }
        long jitterMillis = (long) (wait.toMillis() * JITTER_PERCENT / 100.0 * Math.clamp(random, 0.0, 1.0));
        return wait.minusMillis(jitterMillis);
    }
}
