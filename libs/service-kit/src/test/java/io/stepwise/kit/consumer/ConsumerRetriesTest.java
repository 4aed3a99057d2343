package io.stepwise.kit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class ConsumerRetriesTest {

    @Test
    void aRecordThatFailsBecauseTheDatabaseIsAwayIsRetriedPastAnyOrdinaryLimit() {
        var failure = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("Timed out while waiting for a server"));

        BackOff backOff = ConsumerRetries.backOffFor(failure);

        assertThat(backOff).isNotNull();
        assertThat(totalWaitBeforeGivingUp(backOff.start(), 1_000)).as("never gives up within an hour of waiting")
                .isGreaterThan(3_600_000);
    }

    @Test
    void otherFailuresAreRetriedForAboutFifteenSecondsThenParked() {
        assertThat(ConsumerRetries.backOffFor(new IllegalStateException("bug"))).as("the default applies").isNull();
        long waited = totalWaitBeforeGivingUp(ConsumerRetries.otherFailures().start(), 1_000);
        assertThat(waited).isBetween(5_000L, 20_000L);
    }

    /** Adds up the waits until the back-off says stop (or the attempts run out). */
    private static long totalWaitBeforeGivingUp(BackOffExecution execution, int attempts) {
        long total = 0;
        for (int attempt = 0; attempt < attempts; attempt++) {
            long next = execution.nextBackOff();
            if (next == BackOffExecution.STOP) {
                return total;
            }
            total += next;
        }
        return total;
    }
}
