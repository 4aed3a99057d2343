package io.stepwise.referral.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.stepwise.referral.webhook.domain.RetrySchedule;

/**
 * How partner webhooks are sent ({@code stepwise.webhooks.*}); every value has a default.
 *
 * @param connectTimeout  how long to wait for the receiver's connection (5 s)
 * @param readTimeout     how long to wait for the receiver's whole answer once connected (10 s)
 * @param firstRetry      the wait after a delivery's first failed attempt, doubled after each further one (5 s)
 * @param maxInterval     the longest wait between two attempts (1 h)
 * @param giveUpAfter     how long after the first attempt of a series it is retried before it GAVE_UP (24 h)
 * @param pollInterval    how often the sender looks for due deliveries when nothing woke it (1 s)
 * @param lease           how long a sender holds a delivery it attempts before another may take it over; longer than
 *                        both time-outs together (1 min)
 * @param concurrency     how many attempts run at once in one instance (16)
 * @param consumerGroup   the Kafka consumer group that turns referral events into deliveries
 *                        ({@value ReferralWebhookListener#GROUP}; tests give their own context its own group)
 */
@ConfigurationProperties("stepwise.webhooks")
public record WebhookProperties(Duration connectTimeout, Duration readTimeout, Duration firstRetry,
        Duration maxInterval, Duration giveUpAfter, Duration pollInterval, Duration lease, Integer concurrency,
        String consumerGroup) {

    public WebhookProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        firstRetry = firstRetry == null ? Duration.ofSeconds(5) : firstRetry;
        maxInterval = maxInterval == null ? Duration.ofHours(1) : maxInterval;
        giveUpAfter = giveUpAfter == null ? Duration.ofHours(24) : giveUpAfter;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
        concurrency = concurrency == null ? 16 : concurrency;
        consumerGroup = consumerGroup == null || consumerGroup.isBlank() ? ReferralWebhookListener.GROUP
                : consumerGroup;
        if (lease.compareTo(connectTimeout.plus(readTimeout)) <= 0) {
            throw new IllegalArgumentException("stepwise.webhooks.lease must be longer than connect-timeout and "
                    + "read-timeout together, or a slow attempt could be taken over and sent twice at once");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("stepwise.webhooks.concurrency must be at least 1");
        }
    }

    /** The retry schedule these settings describe. */
    public RetrySchedule retrySchedule() {
        return new RetrySchedule(firstRetry, maxInterval, giveUpAfter);
    }
}
