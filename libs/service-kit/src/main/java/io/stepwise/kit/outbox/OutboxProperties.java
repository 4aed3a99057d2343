package io.stepwise.kit.outbox;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param source           the CloudEvents {@code source} of this service's events; {@code urn:stepwise:<app name>}
 *                         when unset
 * @param pollInterval     how often the relay looks for due documents when nothing woke it (default 1 s)
 * @param lease            how long a relay may hold a document before another instance may take it over (30 s)
 * @param sendTimeout      how long the relay waits for Kafka to acknowledge one document's events (10 s)
 * @param batchSize        at most this many due documents per collection per scan (100)
 * @param maxAttempts      failed attempts (not counting broker outages) after which a document is FAILED (10)
 * @param retryBackoff     the wait after a document's first failed attempt, doubled after each further one (1 s)
 * @param maxRetryBackoff  the longest wait between two attempts of one document (5 min)
 * @param metricsInterval  how often the pending and failed gauges are recounted (2 s)
 * @param operationsPath   where clinic admins list and resubmit FAILED documents, e.g. {@code /api/catalog/outbox};
 *                         required in a service with an outbox, so the gateway routes it to the right service
 */
@ConfigurationProperties("stepwise.outbox")
public record OutboxProperties(URI source, Duration pollInterval, Duration lease, Duration sendTimeout,
        Integer batchSize, Integer maxAttempts, Duration retryBackoff, Duration maxRetryBackoff,
        Duration metricsInterval, String operationsPath) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        batchSize = batchSize == null ? 100 : batchSize;
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(1) : retryBackoff;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofMinutes(5) : maxRetryBackoff;
        metricsInterval = metricsInterval == null ? Duration.ofSeconds(2) : metricsInterval;
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("stepwise.outbox.batch-size and max-attempts must be at least 1");
        }
    }

    OutboxProperties withSource(URI resolved) {
        return new OutboxProperties(resolved, pollInterval, lease, sendTimeout, batchSize, maxAttempts, retryBackoff,
                maxRetryBackoff, metricsInterval, operationsPath);
    }

    /** The wait before attempt {@code failedAttempts + 1}: doubling from {@link #retryBackoff}, capped. */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration backoff = retryBackoff.multipliedBy(1L << doublings);
        return backoff.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : backoff;
    }
}
