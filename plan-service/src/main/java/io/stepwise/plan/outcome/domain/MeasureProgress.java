package io.stepwise.plan.outcome.domain;

import java.util.List;
import java.util.Objects;

/**
 * How one measure has moved over a plan: its outcomes in time order, where they started and stand, and the band of
 * the latest score. Scores in the measure's units (points; % for ODI).
 *
 * @param measure the measure
 * @param points the scored outcomes, earliest first
 * @param baseline the earliest score, or null when there are no points
 * @param latest the newest score, or null when there are no points
 * @param change latest − baseline rounded half-up to two decimals (negative is better), or null when there are no
 *     points
 * @param band the band of the latest score, or null when there are no points or the measure has no bands
 */
public record MeasureProgress(Measure measure, List<ScoredPoint> points, Double baseline, Double latest, Double change,
        Band band) {

    /** Holds an unmodifiable copy of the points, in the order given; {@link #of} sorts and derives the rest. */
    public MeasureProgress {
        Objects.requireNonNull(measure, "measure");
        points = List.copyOf(points);
    }

    /**
     * In: the measure and its scored outcomes in any order (points recorded at the same instant keep their order).
     * Out: the progress, points sorted by recordedAt.
     *
     * @throws NullPointerException when measure, points or one of them is null
     * @throws IllegalArgumentException when a score is outside the measure's range
     */
    public static MeasureProgress of(Measure measure, List<ScoredPoint> points) {
        List<ScoredPoint> sorted = ScoredPoint.inTimeOrder(measure, points);
        if (sorted.isEmpty()) {
            return new MeasureProgress(measure, sorted, null, null, null, null);
        }
        double baseline = sorted.getFirst().score();
        double latest = sorted.getLast().score();
        return new MeasureProgress(measure, sorted, baseline, latest, Decimals.change(baseline, latest),
                measure.band(latest));
    }
}
