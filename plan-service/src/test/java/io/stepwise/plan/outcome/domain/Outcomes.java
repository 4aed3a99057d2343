package io.stepwise.plan.outcome.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fixtures for the outcome tests: item answers written as text, and score series one week apart. */
final class Outcomes {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Instant FIRST_VISIT = LocalDate.of(2026, 1, 5).atStartOfDay().toInstant(ZoneOffset.UTC);

    private Outcomes() {
    }

    /** "6 6 5" → [6, 6, 5]; "_" is a skipped item (null); "" is no item at all. */
    static List<Integer> items(String text) {
        var items = new ArrayList<Integer>();
        for (String item : text.trim().split("\\s+")) {
            if (!item.isEmpty()) {
                items.add(item.equals("_") ? null : Integer.valueOf(item));
            }
        }
        return items;
    }

    /** "7 5.67 5" → scores recorded a week apart, in the given order; "" is no score. */
    static List<ScoredPoint> series(String scores) {
        double[] values = Arrays.stream(scores.trim().split("\\s+")).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
        var points = new ArrayList<ScoredPoint>();
        for (int week = 0; week < values.length; week++) {
            points.add(point(week, values[week]));
        }
        return points;
    }

    static ScoredPoint point(int week, double score) {
        return new ScoredPoint(FIRST_VISIT.plus(Duration.ofDays(7L * week)), score);
    }
}
