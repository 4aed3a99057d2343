package io.stepwise.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stepwise.kit.domain.PendingEvent;

/**
 * {@code stepwise.outbox.pending}: events not yet in Kafka (FAILED documents' included);
 * {@code stepwise.outbox.failed}: documents FAILED and waiting for an operator;
 * {@code stepwise.outbox.lag}: from the change being saved to Kafka's acknowledgement.
 */
public class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Timer lag;

    public OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("stepwise.outbox.pending", pending, AtomicLong::get)
                .description("Events saved in outboxes and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("stepwise.outbox.failed", failed, AtomicLong::get)
                .description("Outbox documents that failed too often and wait for an operator to resubmit them")
                .register(registry);
        this.lag = Timer.builder("stepwise.outbox.lag").description("From the change being saved to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void published(PendingEvent event, Instant now) {
        lag.record(Duration.between(event.time(), now));
    }

    void measured(long pendingEvents, long failedDocuments) {
        pending.set(pendingEvents);
        failed.set(failedDocuments);
    }

    public long pending() {
        return pending.get();
    }

    public long failed() {
        return failed.get();
    }

    public long publishedCount() {
        return lag.count();
    }
}
