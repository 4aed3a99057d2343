package io.stepwise.referral.fhir;

import io.stepwise.referral.partner.domain.Specialty;

/** A specialty in words for FHIR texts ({@code Psychologist}, {@code Psychologist referral}). */
final class SpecialtyText {

    /** Stepwise's specialty codes (the {@link Specialty} names), for {@code Coding.system}. */
    static final String SYSTEM = "urn:stepwise:specialty";

    private SpecialtyText() {
    }

    /** The specialist in words: {@code Pain specialist}. */
    static String of(Specialty specialty) {
        return switch (specialty) {
            case PSYCHOLOGIST -> "Psychologist";
            case PSYCHIATRIST -> "Psychiatrist";
            case PAIN_SPECIALIST -> "Pain specialist";
            case SECOND_OPINION_PHYSICIAN -> "Second-opinion physician";
            case PHYSICAL_THERAPIST -> "Physical therapist";
            case SURGEON -> "Surgeon";
            case ACUPUNCTURIST -> "Acupuncturist";
            case DIETITIAN -> "Dietitian";
        };
    }

    /** What is asked for in words: {@code Psychologist referral}. */
    static String referral(Specialty specialty) {
        return of(specialty) + " referral";
    }
}
