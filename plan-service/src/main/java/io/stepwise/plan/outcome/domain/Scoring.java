package io.stepwise.plan.outcome.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a measure turns its answered items into a score, rounded half-up to two decimals. The items given here are
 * already validated and hold only the answered ones.
 */
enum Scoring {

    /** The one item is the score (NRS). */
    SINGLE_ITEM {
        @Override
        double score(List<Integer> answered, int itemMax) {
            return answered.getFirst();
        }

        @Override
        double max(int itemCount, int itemMax) {
            return itemMax;
        }
    },

    /** The mean of the items (PEG). */
    MEAN {
        @Override
        double score(List<Integer> answered, int itemMax) {
            return Decimals.round2(divide(sum(answered), BigDecimal.valueOf(answered.size())));
        }

        @Override
        double max(int itemCount, int itemMax) {
            return itemMax;
        }
    },

    /** The sum of the items (PHQ-9, GAD-7). */
    SUM {
        @Override
        double score(List<Integer> answered, int itemMax) {
            return sum(answered).doubleValue();
        }

        @Override
        double max(int itemCount, int itemMax) {
            return (double) itemCount * itemMax;
        }
    },

    /** The sum as a percentage of the most the answered items could sum to (ODI: sum ÷ (5 × answered) × 100). */
    PERCENT_OF_ANSWERED {
        @Override
        double score(List<Integer> answered, int itemMax) {
            BigDecimal possible = BigDecimal.valueOf((long) itemMax * answered.size());
            return Decimals.round2(divide(sum(answered).multiply(BigDecimal.valueOf(100)), possible));
        }

        @Override
        double max(int itemCount, int itemMax) {
            return 100;
        }
    };

    /** In: the answered items (at least one, each within the item range). Out: the score, two decimals at most. */
    abstract double score(List<Integer> answered, int itemMax);

    /** The highest score this scoring can give. */
    abstract double max(int itemCount, int itemMax);

    private static BigDecimal sum(List<Integer> items) {
        return BigDecimal.valueOf(items.stream().mapToLong(Integer::longValue).sum());
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 2, RoundingMode.HALF_UP);
    }
}
