package io.stepwise.kit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stepwise.events.PendingEvent;

/** {@code stepwise.outbox.pending}: events not yet in Kafka; {@code stepwise.outbox.lag}: change to acknowledgement. */
public class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final Timer lag;

    public OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("stepwise.outbox.pending", pending, AtomicLong::get)
                .description("Events saved in outboxes and not yet acknowledged by Kafka").register(registry);
        this.lag = Timer.builder("stepwise.outbox.lag").description("From the change being saved to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void published(PendingEvent event, Instant now) {
        lag.record(Duration.between(event.time(), now));
    }

    void measurePending(LongSupplier count) {
        pending.set(count.getAsLong());
    }

    public long pending() {
        return pending.get();
    }

    public long publishedCount() {
        return lag.count();
    }
}
