package io.stepwise.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.stepwise.events.PendingEvent;
import io.stepwise.events.cloudevents.CloudEventRecords;

/**
 * Publishes what aggregates left in their outboxes: per document, in order, then removes exactly what Kafka
 * acknowledged. It is woken right after a save and also polls. A crash between send and removal sends again on the
 * next round; consumers are idempotent, so that is allowed.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> collections;
    private final OutboxLeases leases;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<String> collections,
            OutboxLeases leases, OutboxProperties properties, OutboxMetrics metrics, Clock clock) {
        this.mongo = mongo;
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

    /**
     * One pass over every outbox; true if everything pending was published. When Kafka is unreachable the pass ends:
     * every other document would fail the same way, each after the producer's full timeout. A document that fails on
     * its own (a record Kafka refuses) is skipped, so it cannot hold back the others.
     */
    public boolean publishPending() {
        boolean allPublished = true;
        for (String collection : collections) {
            for (Document document : documentsWithPendingEvents(collection)) {
                Outcome outcome = publishDocument(collection, document.get("_id"));
                if (outcome == Outcome.BROKER_UNAVAILABLE) {
                    return false;
                }
                allPublished &= outcome == Outcome.PUBLISHED;
            }
        }
        return allPublished;
    }

    private List<Document> documentsWithPendingEvents(String collection) {
        var query = Query.query(Criteria.where("pendingEvents.0").exists(true));
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection);
    }

    private Outcome publishDocument(String collection, Object id) {
        if (!leases.claim(collection, id)) {
            return Outcome.HELD_ELSEWHERE;
        }
        try {
            List<PendingEvent> events = pendingEvents(collection, id);
            if (events.isEmpty()) {
                return Outcome.PUBLISHED;
            }
            send(events);
            var published = events.stream().map(PendingEvent::id).toList();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().pull("pendingEvents", Query.query(Criteria.where("_id").in(published))), collection);
            events.forEach(event -> metrics.published(event, clock.instant()));
            return Outcome.PUBLISHED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.BROKER_UNAVAILABLE;
        } catch (Exception e) {
            if (brokerUnavailable(e)) {
                log.warn("Outbox of {}/{} waits for Kafka: {}", collection, id, e.toString());
                return Outcome.BROKER_UNAVAILABLE;
            }
            log.error("Outbox of {}/{} cannot be published; the other documents go on", collection, id, e);
            return Outcome.FAILED;
        } finally {
            leases.release(collection, id);
        }
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

    private List<PendingEvent> pendingEvents(String collection, Object id) {
        var query = Query.query(Criteria.where("_id").is(id));
        query.fields().include("pendingEvents");
        Document document = mongo.findOne(query, Document.class, collection);
        if (document == null) {
            return List.of();
        }
        var converter = mongo.getConverter();
        var events = new ArrayList<PendingEvent>();
        for (Object each : document.getList("pendingEvents", Object.class, List.of())) {
            events.add(converter.read(PendingEvent.class, (Document) each));
        }
        return events;
    }

    private void send(List<PendingEvent> events) throws Exception {
        var acknowledgements = new ArrayList<CompletableFuture<?>>();
        for (PendingEvent event : events) {
            acknowledgements.add(kafka.send(CloudEventRecords.toRecord(event, properties.source())));
        }
        CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void loop() {
        Duration backoff = properties.pollInterval();
        while (running) {
            try {
                metrics.measurePending(this::countPending);
                boolean published = publishPending();
                metrics.measurePending(this::countPending);
                backoff = published ? properties.pollInterval() : min(backoff.multipliedBy(2), MAX_BACKOFF);
                wakeUp.tryAcquire(published ? properties.pollInterval().toMillis() : backoff.toMillis(),
                        TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed: {}", e.toString());
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
                try {
                    wakeUp.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    long countPending() {
        long pending = 0;
        for (String collection : collections) {
            var query = Query.query(Criteria.where("pendingEvents.0").exists(true));
            query.fields().include("pendingEvents._id");
            for (Document document : mongo.find(query, Document.class, collection)) {
                pending += document.getList("pendingEvents", Object.class, List.of()).size();
            }
        }
        return pending;
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
