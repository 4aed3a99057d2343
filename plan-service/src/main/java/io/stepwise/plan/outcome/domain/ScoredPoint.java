package io.stepwise.plan.outcome.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One scored outcome of a measure: when it was recorded and its score in the measure's own units (points; percent for
 * ODI). The measure it belongs to is known from the series that holds it.
 */
public record ScoredPoint(Instant recordedAt, double score) {

    /**
     * Checks that the point has a time and a finite score; the measure's range is checked where the measure is known.
     *
     * @throws NullPointerException when recordedAt is null
     * @throws IllegalArgumentException when the score is not a finite number
     */
    public ScoredPoint {
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("a scored point needs a finite score, got " + score);
        }
    }

    /**
     * The points of one measure by recordedAt, earliest first; points recorded at the same instant keep their order.
     *
     * @throws NullPointerException when measure, the list or a point is null
     * @throws IllegalArgumentException when a score is outside the measure's range
     */
    static List<ScoredPoint> inTimeOrder(Measure measure, List<ScoredPoint> points) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(points, "points");
        points.forEach(point -> measure.requireScore("score", Objects.requireNonNull(point, "point").score()));
        return points.stream().sorted(Comparator.comparing(ScoredPoint::recordedAt)).toList();
    }
}
