package io.stepwise.plan.careplan.domain;

import java.time.LocalDate;

/**
 * What the plan says about how an activity is given. Medications carry the dose and frequency in words and a review
 * date; an opioid also its {@link OpioidDose}; therapies may give a number of sessions. Every field is optional here;
 * the safety rules say which are needed.
 *
 * @param dose       the dose in words, e.g. "400 mg"
 * @param frequency  how often, in words, e.g. "three times a day"
 * @param reviewBy   the date a physician reviews the medication by
 * @param sessions   planned sessions (1–200)
 * @param opioidDose the opioid dose, for controlled substances only
 */
public record ActivityDetails(String dose, String frequency, LocalDate reviewBy, Integer sessions,
        OpioidDose opioidDose) {

    public static final ActivityDetails NONE = new ActivityDetails(null, null, null, null, null);

    public ActivityDetails withReviewBy(LocalDate date) {
        return new ActivityDetails(dose, frequency, date, sessions, opioidDose);
    }
}
