package io.stepwise.plan.careplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a clinician documents before an opioid starts (CDC 2022 recommendations 2 and 7–9: non-opioid therapies first,
 * reassess within 1–4 weeks, offer naloxone, check the prescription drug monitoring program).
 *
 * @param nonOpioidTherapiesTried the non-opioid therapies tried first, in words
 * @param pdmpCheckedOn           the date the PDMP was checked
 * @param reviewBy                the date the opioid is reassessed by (at most 4 weeks after these safeguards)
 */
public record OpioidSafeguards(String justification, List<String> nonOpioidTherapiesTried, boolean naloxoneOffered,
        LocalDate pdmpCheckedOn, LocalDate reviewBy, String by, Instant at) {

    public OpioidSafeguards {
        nonOpioidTherapiesTried = List.copyOf(nonOpioidTherapiesTried == null ? List.of() : nonOpioidTherapiesTried);
    }
}
