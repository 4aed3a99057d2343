package io.stepwise.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboxPropertiesTest {

    private final OutboxProperties defaults = new OutboxProperties(null, null, null, null, null, null, null, null, null,
            null);

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({"1, PT1S", "2, PT2S", "3, PT4S", "9, PT4M16S", "10, PT5M", "40, PT5M"})
    void theWaitDoublesFromOneSecondUpToFiveMinutes(int failedAttempts, Duration wait) {
        assertThat(defaults.backoffAfter(failedAttempts)).isEqualTo(wait);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(defaults.maxAttempts()).isEqualTo(10);
        assertThat(defaults.batchSize()).isEqualTo(100);
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.metricsInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aBatchOrAttemptLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new OutboxProperties(null, null, null, null, 0, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxProperties(null, null, null, null, null, 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
