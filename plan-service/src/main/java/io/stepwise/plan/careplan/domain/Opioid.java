package io.stepwise.plan.careplan.domain;

import java.math.BigDecimal;

/**
 * Opioids with their CDC 2022 conversion factors to morphine milligram equivalents (Dowell et al., CDC Clinical
 * Practice Guideline for Prescribing Opioids for Pain, 2022, Table). The factor multiplies oral mg/day, except for
 * transdermal fentanyl, whose factor multiplies the patch strength in mcg/h. The factors estimate overall exposure;
 * they are never for converting one opioid to another.
 */
public enum Opioid {
    CODEINE("0.15"),
    HYDROCODONE("1"),
    HYDROMORPHONE("5"),
    MORPHINE("1"),
    OXYCODONE("1.5"),
    OXYMORPHONE("3"),
    TAPENTADOL("0.4"),
    TRAMADOL("0.2"),
    METHADONE("4.7"),
    FENTANYL_TRANSDERMAL("2.4");

    private final BigDecimal factor;

    Opioid(String factor) {
        this.factor = new BigDecimal(factor);
    }

    /** MME per mg (per mcg/h for transdermal fentanyl). */
    public BigDecimal factor() {
        return factor;
    }

    /** A patch dosed in mcg/h rather than oral doses in mg. */
    public boolean isTransdermal() {
        return this == FENTANYL_TRANSDERMAL;
    }
}
