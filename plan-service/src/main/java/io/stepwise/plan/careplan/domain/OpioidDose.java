package io.stepwise.plan.careplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of an opioid a plan prescribes, and its daily morphine milligram equivalents. Oral opioids give the dose in
 * mg and the doses per day; transdermal fentanyl gives the patch strength in mcg/h instead.
 *
 * @param opioid         the opioid (CDC name)
 * @param doseMg         mg per dose (oral; 0 &lt; doseMg ≤ 1000), null for a patch
 * @param dosesPerDay    doses per day (oral; 1–24), null for a patch
 * @param doseMcgPerHour patch strength in mcg/h (transdermal fentanyl; 0 &lt; x ≤ 1000), null otherwise
 */
public record OpioidDose(Opioid opioid, Double doseMg, Integer dosesPerDay, Double doseMcgPerHour) {

    public OpioidDose {
        if (opioid == null) {
            throw new PlanRuleException("An opioid needs its CDC name (opioid), e.g. OXYCODONE");
        }
        if (opioid.isTransdermal()) {
            if (!inRange(doseMcgPerHour) || doseMg != null || dosesPerDay != null) {
                throw new PlanRuleException(opioid + " is dosed by doseMcgPerHour (0–1000 mcg/h) alone, "
                        + "without doseMg or dosesPerDay");
            }
        } else if (!inRange(doseMg) || dosesPerDay == null || dosesPerDay < 1 || dosesPerDay > 24
                || doseMcgPerHour != null) {
            throw new PlanRuleException(opioid + " needs doseMg (above 0, at most 1000 mg) and dosesPerDay (1–24), "
                    + "and no doseMcgPerHour");
        }
    }

    /** Above 0 and at most 1000; false for null and NaN, which no comparison would refuse. */
    private static boolean inRange(Double amount) {
        return amount != null && amount > 0 && amount <= 1000;
    }

    /**
     * Daily MME (MME/day) = dose × doses per day × the CDC factor (patch: mcg/h × factor), to 2 decimals; e.g.
     * oxycodone 5 mg three times a day = 22.5.
     */
    public BigDecimal dailyMme() {
        BigDecimal daily = opioid.isTransdermal() ? BigDecimal.valueOf(doseMcgPerHour)
                : BigDecimal.valueOf(doseMg).multiply(BigDecimal.valueOf(dosesPerDay));
        return daily.multiply(opioid.factor()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
