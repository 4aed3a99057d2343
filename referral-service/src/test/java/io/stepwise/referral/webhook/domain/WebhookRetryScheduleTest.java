package io.stepwise.referral.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Waits double from the first retry up to the cap, jitter only shortens them, and a series gives up after 24 h. */
class WebhookRetryScheduleTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofHours(24));
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void waitsDoubleFromTheFirstRetryUpToTheCap() {
        assertThat(SCHEDULE.waitAfter(1, 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SCHEDULE.waitAfter(2, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SCHEDULE.waitAfter(3, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(SCHEDULE.waitAfter(10, 0)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(SCHEDULE.waitAfter(11, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(SCHEDULE.waitAfter(1_000, 0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterShortensAWaitByAtMostAFifth() {
        assertThat(SCHEDULE.waitAfter(2, 0.999)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(SCHEDULE.waitAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(9));
        assertThat(SCHEDULE.waitAfter(20, 0.999)).isBetween(Duration.ofMinutes(48), Duration.ofHours(1));
    }

    @Test
    void theNextAttemptFollowsTheLastOneUntilTwentyFourHoursAfterTheFirst() {
        assertThat(SCHEDULE.next(1, START, START.plusSeconds(1), 0)).contains(START.plusSeconds(6));
        Instant late = START.plus(Duration.ofHours(23)).plusSeconds(1);
        assertThat(SCHEDULE.next(30, START, late, 0)).isEmpty();
        assertThat(SCHEDULE.next(30, START, START.plus(Duration.ofHours(22)), 0))
                .contains(START.plus(Duration.ofHours(23)));
    }

    @Test
    void aFirstRetryAboveTheCapIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
