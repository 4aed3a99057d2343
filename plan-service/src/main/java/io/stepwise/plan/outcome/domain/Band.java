package io.stepwise.plan.outcome.domain;

/**
 * A published severity band of an outcome score, mildest first. Each instrument uses only some of them:
 * <ul>
 * <li>ODI (Fairbank &amp; Pynsent 2000): MINIMAL, MODERATE, SEVERE, CRIPPLED, BED_BOUND (disability);</li>
 * <li>PHQ-9 (Kroenke 2001): MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE (depression);</li>
 * <li>GAD-7 (Spitzer 2006): MINIMAL, MILD, MODERATE, SEVERE (anxiety).</li>
 * </ul>
 * NRS and PEG have no bands. See {@link Measure#band(double)} for the score ranges.
 */
public enum Band {
    MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE, CRIPPLED, BED_BOUND
}
