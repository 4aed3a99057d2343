package io.stepwise.plan.outcome.domain;

import static io.stepwise.plan.outcome.domain.BandScale.upTo;

import java.util.List;

/**
 * The outcome instruments the server scores from item answers. For every one of them a lower score is better.
 * <table>
 * <caption>Items, scores and sources</caption>
 * <tr><th>measure</th><th>items</th><th>score</th><th>bands</th><th>minimal clinically important difference</th></tr>
 * <tr><td>NRS pain intensity (LOINC 72514-3)</td><td>1 item 0–10</td><td>the item, 0–10 points</td><td>none</td>
 * <td>2 points or 30 % of baseline (Farrar 2001; Ostelo 2008)</td></tr>
 * <tr><td>PEG: pain, enjoyment of life, general activity (Krebs 2009)</td><td>3 items 0–10</td>
 * <td>mean, 0–10 points</td><td>none</td><td>1 point (Krebs 2009; Reed 2023)</td></tr>
 * <tr><td>ODI, Oswestry Disability Index (Fairbank &amp; Pynsent 2000)</td><td>10 sections 0–5, a section may be
 * skipped</td><td>sum ÷ (5 × answered sections) × 100, 0–100 %</td><td>see {@link #band(double)}</td>
 * <td>10 points or 30 % of baseline (Ostelo 2008)</td></tr>
 * <tr><td>PHQ-9 depression (LOINC 44261-6; Kroenke 2001)</td><td>9 items 0–3</td><td>sum, 0–27 points</td>
 * <td>see {@link #band(double)}</td><td>5 points (Löwe 2004)</td></tr>
 * <tr><td>GAD-7 anxiety (LOINC 70274-6; Spitzer 2006)</td><td>7 items 0–3</td><td>sum, 0–21 points</td>
 * <td>see {@link #band(double)}</td><td>4 points (Toussaint 2020)</td></tr>
 * </table>
 * Scores are rounded half-up to two decimals.
 */
public enum Measure {

    /** Numeric rating scale of pain intensity, 0 (no pain) to 10 (worst imaginable). */
    NRS(1, 10, false, Scoring.SINGLE_ITEM, "72514-3", BandScale.NONE, Mcid.pointsOrPercent(2, 30)),
    /** PEG: average pain, interference with enjoyment of life and with general activity, each 0–10. */
    PEG(3, 10, false, Scoring.MEAN, null, BandScale.NONE, Mcid.points(1)),
    /** Oswestry Disability Index: 10 sections of daily life, each 0–5, scored in percent. */
    ODI(10, 5, true, Scoring.PERCENT_OF_ANSWERED, null,
            BandScale.of(upTo(20, Band.MINIMAL), upTo(40, Band.MODERATE), upTo(60, Band.SEVERE),
                    upTo(80, Band.CRIPPLED), upTo(100, Band.BED_BOUND)),
            Mcid.pointsOrPercent(10, 30)),
    /** Patient Health Questionnaire-9: depression, 9 items 0–3. */
    PHQ9(9, 3, false, Scoring.SUM, "44261-6",
            BandScale.of(upTo(4, Band.MINIMAL), upTo(9, Band.MILD), upTo(14, Band.MODERATE),
                    upTo(19, Band.MODERATELY_SEVERE), upTo(27, Band.SEVERE)),
            Mcid.points(5)),
    /** Generalized Anxiety Disorder-7: anxiety, 7 items 0–3. */
    GAD7(7, 3, false, Scoring.SUM, "70274-6",
            BandScale.of(upTo(4, Band.MINIMAL), upTo(9, Band.MILD), upTo(14, Band.MODERATE), upTo(21, Band.SEVERE)),
            Mcid.points(4));

    private final int itemCount;
    private final int itemMax;
    private final boolean allowsSkippedItems;
    private final Scoring scoring;
    private final String loinc;
    private final BandScale bands;
    private final Mcid mcid;

    Measure(int itemCount, int itemMax, boolean allowsSkippedItems, Scoring scoring, String loinc, BandScale bands,
            Mcid mcid) {
        this.itemCount = itemCount;
        this.itemMax = itemMax;
        this.allowsSkippedItems = allowsSkippedItems;
        this.scoring = scoring;
        this.loinc = loinc;
        this.bands = bands;
        this.mcid = mcid;
    }

    /** How many items (ODI: sections) a complete answer has: NRS 1, PEG 3, ODI 10, PHQ9 9, GAD7 7. */
    public int itemCount() {
        return itemCount;
    }

    /** The lowest answer of an item: 0 for every measure. */
    public int itemMin() {
        return 0;
    }

    /** The highest answer of an item: NRS 10, PEG 10, ODI 5, PHQ9 3, GAD7 3. */
    public int itemMax() {
        return itemMax;
    }

    /** Whether an item may be null (skipped): only ODI, whose score is then a percentage of the answered sections. */
    public boolean allowsSkippedItems() {
        return allowsSkippedItems;
    }

    /** The lowest score: 0 for every measure. */
    public double scoreMin() {
        return 0;
    }

    /** The highest score: NRS 10, PEG 10, ODI 100 (%), PHQ9 27, GAD7 21. */
    public double scoreMax() {
        return scoring.max(itemCount, itemMax);
    }

    /** The LOINC code of the total score: NRS 72514-3, PHQ9 44261-6, GAD7 70274-6; null for PEG and ODI. */
    public String loinc() {
        return loinc;
    }

    /**
     * Scores item answers. NRS: the one item. PEG: the mean of its 3 items (6, 6, 5 → 5.67). ODI: sum ÷ (5 × answered
     * sections) × 100, in percent of the answered sections (9 answered summing 18 → 40.0). PHQ9, GAD7: the sum.
     *
     * @param items the answers in questionnaire order; for ODI a null item is a skipped section
     * @return the score, between {@link #scoreMin()} and {@link #scoreMax()}, rounded half-up to two decimals
     * @throws InvalidItemsException when items is null, has not {@link #itemCount()} items, an item is outside
     *     {@link #itemMin()}–{@link #itemMax()}, an item is null where the measure does not allow skipping, or every
     *     ODI section is skipped
     */
    public double score(List<Integer> items) {
        return scoring.score(ItemAnswers.answered(this, items), itemMax);
    }

    /**
     * The severity band of a score, or null for NRS and PEG, which have none. Each band includes its upper bound.
     * <ul>
     * <li>ODI (%, Fairbank &amp; Pynsent 2000): 0–20 MINIMAL, above 20–40 MODERATE, above 40–60 SEVERE, above 60–80
     * CRIPPLED, above 80–100 BED_BOUND.</li>
     * <li>PHQ9 (Kroenke 2001): 0–4 MINIMAL, 5–9 MILD, 10–14 MODERATE, 15–19 MODERATELY_SEVERE, 20–27 SEVERE.</li>
     * <li>GAD7 (Spitzer 2006): 0–4 MINIMAL, 5–9 MILD, 10–14 MODERATE, 15–21 SEVERE.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the score is outside {@link #scoreMin()}–{@link #scoreMax()}
     */
    public Band band(double score) {
        requireScore("score", score);
        return bands.bandOf(score);
    }

    /**
     * Whether the change from baseline to latest is clinically important, in either direction: true when
     * |latest − baseline| reaches the measure's minimal clinically important difference. NRS: 2 points or 30 % of the
     * baseline (Farrar 2001; Ostelo 2008). PEG: 1 point (Krebs 2009; Reed 2023). ODI: 10 points or 30 % of the
     * baseline (Ostelo 2008). PHQ9: 5 points (Löwe 2004). GAD7: 4 points (Toussaint 2020). Either criterion suffices;
     * the percentage applies only to a baseline above 0.
     *
     * @param baseline the earlier score, in the measure's units
     * @param latest the later score, in the measure's units
     * @throws IllegalArgumentException when either score is outside {@link #scoreMin()}–{@link #scoreMax()}
     */
    public boolean isMinimalImportantChange(double baseline, double latest) {
        requireScore("baseline", baseline);
        requireScore("latest score", latest);
        return mcid.isReachedBy(baseline, latest);
    }

    /**
     * What the answers need a clinician to see whatever the total: on PHQ-9 any answer above 0 to item 9 (thoughts
     * that one would be better off dead or of hurting oneself) calls for a safety follow-up (Kroenke 2001; the
     * instrument's own instructions). In: answers already accepted by {@link #score}. Out: the alerts, in words,
     * usually none.
     */
    public List<String> alerts(List<Integer> items) {
        if (this == PHQ9 && items.size() == itemCount() && items.get(8) != null && items.get(8) > 0) {
            return List.of("PHQ-9 item 9 (thoughts of self-harm) is answered " + items.get(8)
                    + ": follow up on the patient's safety whatever the total score");
        }
        return List.of();
    }

    /** Refuses, naming the measure, a score outside its range (NaN included). */
    void requireScore(String what, double score) {
        if (!(score >= scoreMin() && score <= scoreMax())) {
            throw new IllegalArgumentException(name() + " " + what + " " + Decimals.text(score) + " is outside "
                    + Decimals.text(scoreMin()) + "–" + Decimals.text(scoreMax()));
        }
    }
}
