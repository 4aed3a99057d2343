package io.stepwise.kit.outbox;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param source        the CloudEvents {@code source} of this service's events
 * @param pollInterval  how often the relay looks for pending events when nothing woke it
 * @param lease         how long a relay may hold a document before another instance may take it over
 * @param sendTimeout   how long the relay waits for Kafka to acknowledge one document's events
 */
@ConfigurationProperties("stepwise.outbox")
public record OutboxProperties(URI source, Duration pollInterval, Duration lease, Duration sendTimeout) {

    public OutboxProperties {
        if (pollInterval == null) {
            pollInterval = Duration.ofSeconds(1);
        }
        if (lease == null) {
            lease = Duration.ofSeconds(30);
        }
        if (sendTimeout == null) {
            sendTimeout = Duration.ofSeconds(10);
        }
    }
}
