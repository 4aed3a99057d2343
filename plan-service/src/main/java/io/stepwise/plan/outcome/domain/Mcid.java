package io.stepwise.plan.outcome.domain;

/**
 * A measure's minimal clinically important difference: a change in points, or (where the measure has one) a change
 * of a percentage of the baseline, whichever is reached first. The percentage needs a baseline above 0.
 *
 * @param points the smallest important change, in the measure's points
 * @param percentOfBaseline the smallest important change as a percentage of the baseline, or null when the measure
 *     has no relative criterion
 */
record Mcid(double points, Double percentOfBaseline) {

    static Mcid points(double points) {
        return new Mcid(points, null);
    }

    static Mcid pointsOrPercent(double points, double percentOfBaseline) {
        return new Mcid(points, percentOfBaseline);
    }

    /** True when |latest − baseline| reaches the points, or reaches the percentage of a baseline above 0. */
    boolean isReachedBy(double baseline, double latest) {
        var base = Decimals.exact(baseline);
        var change = Decimals.exact(latest).subtract(base).abs();
        if (change.compareTo(Decimals.exact(points)) >= 0) {
            return true;
        }
        // change / baseline ≥ p / 100, multiplied out so that no division rounds
        return percentOfBaseline != null && base.signum() > 0 && change.multiply(Decimals.exact(100))
                .compareTo(base.multiply(Decimals.exact(percentOfBaseline))) >= 0;
    }
}
