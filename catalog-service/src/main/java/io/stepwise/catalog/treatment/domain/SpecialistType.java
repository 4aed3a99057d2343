package io.stepwise.catalog.treatment.domain;

/** Who delivers a treatment. */
public enum SpecialistType {
    PHYSICIAN, PAIN_SPECIALIST, PHYSICAL_THERAPIST, PSYCHOLOGIST, PSYCHIATRIST, SURGEON, ACUPUNCTURIST, DIETITIAN
}
