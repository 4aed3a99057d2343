package io.stepwise.plan.outcome.domain;

import java.util.List;

/**
 * A measure's severity bands as steps, mildest first, each closed at the top: a score belongs to the first band whose
 * upper bound it does not exceed. For the whole-number sums of PHQ-9 and GAD-7, "up to 4" is the published cut point
 * "5 and above is mild".
 */
final class BandScale {

    /** For instruments without bands (NRS, PEG). */
    static final BandScale NONE = new BandScale(List.of());

    private final List<Step> steps;

    private BandScale(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** In: the steps, mildest first; the last one's bound is the measure's maximum score. */
    static BandScale of(Step... steps) {
        return new BandScale(List.of(steps));
    }

    /** A band that holds every score above the previous step's bound up to and including {@code upTo}. */
    static Step upTo(double upTo, Band band) {
        return new Step(upTo, band);
    }

    /** In: a score already checked against the measure's range. Out: its band, or null for a scale without bands. */
    Band bandOf(double score) {
        return steps.stream().filter(step -> score <= step.upTo()).map(Step::band).findFirst().orElse(null);
    }

    record Step(double upTo, Band band) {
    }
}
