package io.stepwise.plan.careplan.domain;

/** The specialists a plan refers to (DESIGN §5, Referrals). */
public enum Specialty {
    PSYCHOLOGIST, PSYCHIATRIST, PAIN_SPECIALIST, SECOND_OPINION_PHYSICIAN, PHYSICAL_THERAPIST, SURGEON, ACUPUNCTURIST,
    DIETITIAN;

    /** The specialists the seed names for coping-skills training. */
    public boolean teachesCopingSkills() {
        return this == PSYCHOLOGIST || this == PSYCHIATRIST || this == PAIN_SPECIALIST;
    }
}
