package io.stepwise.plan.outcome.domain;

/**
 * What a goal's measure must reach; exactly one of the two is set. Every measure is better when lower, so both kinds
 * bound the score from above.
 *
 * @param atMost an absolute score the latest outcome must not exceed, in the measure's units (points; % for ODI)
 * @param changeFromBaselinePercent the change from baseline, in percent of the baseline, the latest outcome must
 *     reach: a reduction, so a negative number (−30 means at least 30 % lower than the baseline)
 */
public record GoalTarget(Double atMost, Double changeFromBaselinePercent) {

    /**
     * A target of one kind; whether it suits a measure is {@link #checkFits(Measure)}'s question.
     *
     * @throws IllegalArgumentException unless exactly one of the two is set, and that one is a finite number
     */
    public GoalTarget {
        if ((atMost == null) == (changeFromBaselinePercent == null)) {
            throw new IllegalArgumentException("a goal target needs exactly one of atMost and "
                    + "changeFromBaselinePercent, got " + (atMost == null ? "neither" : "both"));
        }
        Double value = atMost != null ? atMost : changeFromBaselinePercent;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a goal target needs a finite number, got " + value);
        }
    }

    /** A target met when the latest score is at most this score (measure units). */
    public static GoalTarget atMost(double score) {
        return new GoalTarget(score, null);
    }

    /** A target met when the latest score is at least this many percent below the baseline (−30: 30 % lower). */
    public static GoalTarget changeFromBaselinePercent(double percent) {
        return new GoalTarget(null, percent);
    }

    /**
     * Whether the latest score meets the target. atMost: latest ≤ atMost. Percent: the baseline is above 0 and
     * (latest − baseline) ÷ baseline × 100 ≤ changeFromBaselinePercent; a baseline of 0 cannot improve by a percentage,
     * so it never meets a percent target.
     *
     * @param baseline the first score of the series, in the measure's units
     * @param latest the score to judge, in the measure's units
     */
    public boolean isMetBy(double baseline, double latest) {
        var last = Decimals.exact(latest);
        if (atMost != null) {
            return last.compareTo(Decimals.exact(atMost)) <= 0;
        }
        var base = Decimals.exact(baseline);
        // (latest − baseline) × 100 ≤ percent × baseline: the ratio's test for a baseline above 0, without rounding
        return base.signum() > 0 && last.subtract(base).multiply(Decimals.exact(100))
                .compareTo(Decimals.exact(changeFromBaselinePercent).multiply(base)) <= 0;
    }

    /**
     * Checks that the target suits the measure. atMost must lie within the measure's range and below its maximum
     * ({@link Measure#scoreMin()} ≤ atMost &lt; {@link Measure#scoreMax()}): a target at the maximum is met by every
     * score and so measures nothing. changeFromBaselinePercent must lie within −100..−1: a reduction (lower is better
     * for every measure) of at least 1 % and at most all of the baseline (−100: down to 0).
     *
     * @throws IllegalArgumentException naming the measure, the target and the allowed range when it does not fit
     */
    public void checkFits(Measure measure) {
        if (atMost != null && !(atMost >= measure.scoreMin() && atMost < measure.scoreMax())) {
            throw new IllegalArgumentException(measure.name() + " target atMost " + Decimals.text(atMost)
                    + " must be from " + Decimals.text(measure.scoreMin()) + " to below "
                    + Decimals.text(measure.scoreMax()));
        }
        if (changeFromBaselinePercent != null && !isReductionPercent(changeFromBaselinePercent)) {
            throw new IllegalArgumentException(measure.name() + " target changeFromBaselinePercent "
                    + Decimals.text(changeFromBaselinePercent) + " must be a reduction from -100 to -1 (%)");
        }
    }

    private static boolean isReductionPercent(double percent) {
        return percent >= -100 && percent <= -1;
    }
}
