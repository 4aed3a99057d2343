package io.stepwise.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.kit.domain.PendingEvent;

/**
 * Publishes what aggregates left in their outboxes: per document, in order, then removes exactly what Kafka
 * acknowledged. Each round scans the due documents of each collection with one indexed, bounded query. A document
 * whose send fails on its own (a record Kafka refuses) is retried with a doubling back-off and, after
 * {@code max-attempts}, marked FAILED: it is no longer retried and no longer holds back the others until an operator
 * resubmits it. When the broker itself is unreachable the round ends and no document is charged an attempt. A crash
 * between send and removal sends again; consumers are idempotent, so that is allowed.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_OUTAGE_BACKOFF = Duration.ofSeconds(5);

    private final OutboxDocuments documents;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> collections;
    private final OutboxLeases leases;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Instant metricsDue = Instant.MIN;

    OutboxRelay(OutboxDocuments documents, KafkaTemplate<String, byte[]> kafka, List<String> collections,
            OutboxLeases leases, OutboxProperties properties, OutboxMetrics metrics, Clock clock) {
        this.documents = documents;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.leases = leases;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Asks for a round now, e.g. right after a save that added events. */
    public void wake() {
        wakeUp.release();
    }

    private enum Outcome { PUBLISHED, HELD_ELSEWHERE, FAILED, BROKER_UNAVAILABLE }

    /** What a round did: whether the broker was away, and whether a full batch suggests more is due right away. */
    record Round(boolean brokerUnavailable, boolean moreDue) {
    }

    /** One pass over the due documents of every outbox collection. */
    Round publishDue() {
        boolean moreDue = false;
        for (String collection : collections) {
            List<Object> due = documents.due(collection, clock.instant(), properties.batchSize());
            moreDue |= due.size() == properties.batchSize();
            for (Object id : due) {
                if (publishDocument(collection, id) == Outcome.BROKER_UNAVAILABLE) {
                    return new Round(true, false);
                }
            }
        }
        return new Round(false, moreDue);
    }

    private Outcome publishDocument(String collection, Object id) {
        if (!leases.claim(collection, id)) {
            return Outcome.HELD_ELSEWHERE;
        }
        OutboxDocuments.Outbox outbox = null;
        try {
            outbox = documents.read(collection, id);
            if (outbox.pending().isEmpty()) {
                documents.nothingDueIfEmpty(collection, id);
                return Outcome.PUBLISHED;
            }
            send(outbox.pending());
            documents.published(collection, id, outbox.pending().stream().map(PendingEvent::id).toList());
            Instant now = clock.instant();
            outbox.pending().forEach(event -> metrics.published(event, now));
            return Outcome.PUBLISHED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.BROKER_UNAVAILABLE;
        } catch (Exception e) {
            if (brokerUnavailable(e)) {
                log.warn("Outbox of {}/{} waits for Kafka: {}", collection, id, e.toString());
                return Outcome.BROKER_UNAVAILABLE;
            }
            attemptFailed(collection, id, outbox == null ? 0 : outbox.attempts(), e);
            return Outcome.FAILED;
        } finally {
            leases.release(collection, id);
        }
    }

    private void attemptFailed(String collection, Object id, int previousAttempts, Exception failure) {
        int attempts = previousAttempts + 1;
        Instant now = clock.instant();
        boolean givingUp = attempts >= properties.maxAttempts();
        Instant retryAt = givingUp ? null : now.plus(properties.backoffAfter(attempts));
        if (givingUp) {
            log.error("Outbox of {}/{} FAILED after {} attempts; it waits for an operator to resubmit it", collection,
                    id, attempts, failure);
        } else {
            log.warn("Outbox of {}/{} failed attempt {} of {}, next at {}: {}", collection, id, attempts,
                    properties.maxAttempts(), retryAt, failure.toString());
        }
        documents.attemptFailed(collection, id, attempts, rootMessage(failure), now, retryAt);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Time-outs and Kafka's retriable errors mean the broker (not this document) is the problem. */
    private static boolean brokerUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof org.apache.kafka.common.errors.RetriableException) {
                return true;
            }
        }
        return false;
    }

    private void send(List<PendingEvent> events) throws Exception {
        var acknowledgements = new ArrayList<CompletableFuture<?>>();
        for (PendingEvent event : events) {
            acknowledgements.add(kafka.send(CloudEventRecords.toRecord(event.envelope(), properties.source())));
        }
        CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loop() {
        Duration outageBackoff = properties.pollInterval();
        while (running) {
            try {
                Round round = publishDue();
                refreshMetricsWhenDue();
                Duration wait;
                if (round.brokerUnavailable()) {
                    outageBackoff = min(outageBackoff.multipliedBy(2), MAX_OUTAGE_BACKOFF);
                    wait = outageBackoff;
                } else {
                    outageBackoff = properties.pollInterval();
                    wait = round.moreDue() ? Duration.ZERO : properties.pollInterval();
                }
                if (wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed: {}", e.toString());
                outageBackoff = min(outageBackoff.multipliedBy(2), MAX_OUTAGE_BACKOFF);
                try {
                    wakeUp.tryAcquire(outageBackoff.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void refreshMetricsWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(metricsDue)) {
            return;
        }
        metricsDue = now.plus(properties.metricsInterval());
        long pending = 0;
        long failed = 0;
        for (String collection : collections) {
            pending += documents.pendingEvents(collection);
            failed += documents.failedDocuments(collection);
        }
        metrics.measured(pending, failed);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
