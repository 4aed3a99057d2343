package io.stepwise.plan.catalogreplica.domain;

/** Who delivers a replicated treatment. */
public enum SpecialistType {
    PHYSICIAN, PAIN_SPECIALIST, PHYSICAL_THERAPIST, PSYCHOLOGIST, PSYCHIATRIST, SURGEON, ACUPUNCTURIST, DIETITIAN
}
