package io.stepwise.plan.outcome.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal arithmetic for scores. Scores carry at most two decimals; comparing them as binary doubles would put
 * thresholds on the wrong side (5.67 − 4.67 is not exactly 1 in binary), so differences and ratios are taken on the
 * decimal values instead.
 */
final class Decimals {

    private Decimals() {
    }

    /** The decimal a double prints as (5.67 → 5.67, not its binary expansion). */
    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value);
    }

    /** Rounded half-up to two decimals. */
    static double round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code latest − baseline}, exact on their decimals and rounded half-up to two decimals. */
    static double change(double baseline, double latest) {
        return round2(exact(latest).subtract(exact(baseline)));
    }

    /** For messages: 27.0 → "27", 5.67 → "5.67", NaN → "NaN". */
    static String text(double value) {
        return Double.isFinite(value) ? exact(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
