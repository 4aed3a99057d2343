package io.stepwise.kit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventOutboxTest {

    private record Happened(String what) implements DomainEvent {
    }

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private static PendingEvent pending(long sequence) {
        return new PendingEvent("e" + sequence, "t", "topic", "key", sequence, NOW, "{}");
    }

    @Test
    void recordedEventsAreNumberedFromTheAggregatesSequenceAndHandedOverOnce() {
        var outbox = new EventOutbox(5L, List.of(), 0, null, null, null);
        outbox.record(new Happened("a"));
        outbox.record(new Happened("b"));

        assertThat(outbox.recordedEvents()).extracting(event -> ((Happened) event).what()).containsExactly("a", "b");
        assertThat(outbox.drainRecorded()).extracting(RecordedEvent::sequence).containsExactly(6L, 7L);
        assertThat(outbox.drainRecorded()).isEmpty();
        assertThat(outbox.sequence()).isEqualTo(7);
    }

    /** When enqueued events are due: at once, unless a back-off or a FAILED state says otherwise. */
    @ParameterizedTest(name = "next attempt {0}, failed {1} → due {2}")
    @CsvSource(nullValues = "-", value = {
            "-,     false, NOW",
            "LATER, false, LATER",
            "-,     true,  -"})
    void enqueuedEventsAreDueAtOnceUnlessBackingOffOrFailed(String nextAttempt, boolean failed, String due) {
        var outbox = new EventOutbox(1L, List.of(pending(1)), 1, null, "LATER".equals(nextAttempt) ? LATER : null,
                failed ? NOW.minusSeconds(5) : null);

        outbox.enqueue(List.of(pending(2)), NOW);

        assertThat(outbox.pending()).extracting(PendingEvent::sequence).containsExactly(1L, 2L);
        assertThat(outbox.nextAttemptAt()).isEqualTo(due == null ? null : "NOW".equals(due) ? NOW : LATER);
    }

    @Test
    void nothingEnqueuedChangesNothing() {
        var outbox = EventOutbox.empty();
        outbox.enqueue(List.of(), NOW);
        assertThat(outbox.hasPending()).isFalse();
        assertThat(outbox.nextAttemptAt()).isNull();
    }

    @Test
    void anOutboxMovedFromTheOlderShapeHasNoAttemptsYet() {
        var moved = new EventOutbox(3L, null, null, null, null, null);
        assertThat(moved.attempts()).isZero();
        assertThat(moved.pending()).isEmpty();
        assertThat(moved.sequence()).isEqualTo(3);
    }
}
