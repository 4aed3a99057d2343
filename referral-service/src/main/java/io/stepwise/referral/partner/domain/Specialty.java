package io.stepwise.referral.partner.domain;

/** The kinds of specialist a clinic refers patients to (DESIGN §5); partners offer one or more. */
public enum Specialty {
    PSYCHOLOGIST, PSYCHIATRIST, PAIN_SPECIALIST, SECOND_OPINION_PHYSICIAN, PHYSICAL_THERAPIST, SURGEON, ACUPUNCTURIST,
    DIETITIAN
}
