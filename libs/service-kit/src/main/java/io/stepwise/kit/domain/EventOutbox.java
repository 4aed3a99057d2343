package io.stepwise.kit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * The outbox an aggregate embeds (as its {@code outbox} field) instead of keeping event fields of its own.
 * <p>
 * Aggregate methods {@link #record record} typed domain events; each gets the aggregate's next sequence number. When
 * the aggregate is saved, the service's externalization table turns them into {@link PendingEvent}s stored in this
 * same document, so the change and its events are one write. The relay then publishes them and keeps the delivery
 * state here: {@code attempts}, {@code lastError}, {@code nextAttemptAt} (indexed: the relay's scan; null when
 * nothing is due) and {@code failedAt} (set after too many failed attempts, until an operator resubmits).
 */
public final class EventOutbox {

    private long sequence;
    private final List<PendingEvent> pending;
    private int attempts;
    private String lastError;
    @Indexed(sparse = true)
    private Instant nextAttemptAt;
    @Indexed(sparse = true)
    private Instant failedAt;
    @Transient
    private final List<RecordedEvent> recorded = new ArrayList<>();

    /** Tolerates missing fields (null): outboxes moved from an older document shape carry only what they had. */
    @PersistenceCreator
    EventOutbox(Long sequence, List<PendingEvent> pending, Integer attempts, String lastError, Instant nextAttemptAt,
            Instant failedAt) {
        this.sequence = sequence == null ? 0 : sequence;
        this.pending = new ArrayList<>(pending == null ? List.of() : pending);
        this.attempts = attempts == null ? 0 : attempts;
        this.lastError = lastError;
        this.nextAttemptAt = nextAttemptAt;
        this.failedAt = failedAt;
    }

    /** An empty outbox for a new aggregate: its first event will have sequence 1. */
    public static EventOutbox empty() {
        return new EventOutbox(0L, List.of(), 0, null, null, null);
    }

    /** Records an event of the change being made; it is numbered with the aggregate's next sequence. */
    public void record(DomainEvent event) {
        recorded.add(new RecordedEvent(event, ++sequence));
    }

    /** The events recorded since the aggregate was loaded, oldest first; they are handed over once. */
    public List<RecordedEvent> drainRecorded() {
        var drained = List.copyOf(recorded);
        recorded.clear();
        return drained;
    }

    /** The recorded events not yet handed over, oldest first (what a unit test of an aggregate looks at). */
    public List<DomainEvent> recordedEvents() {
        return recorded.stream().map(RecordedEvent::event).toList();
    }

    /**
     * Adds externalized events to the pending list. They are due at once unless the document is waiting out a retry
     * back-off (then they go with the next attempt) or has FAILED (then they wait behind the failed ones, in order).
     */
    public void enqueue(List<PendingEvent> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        pending.addAll(events);
        if (failedAt == null && nextAttemptAt == null) {
            nextAttemptAt = now;
        }
    }

    public long sequence() {
        return sequence;
    }

    public List<PendingEvent> pending() {
        return List.copyOf(pending);
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant failedAt() {
        return failedAt;
    }
}
