package io.stepwise.catalog.treatment.domain;

/**
 * What the care plan's safety rules read from a treatment.
 *
 * @param requiresMonitoring            medications: a physician monitors them
 * @param controlledSubstance           narcotics: the strictest prescribing rules apply
 * @param requiresRiskBenefitDiscussion procedures: risks and benefits are discussed before scheduling
 * @param requiresPhysicianClearance    complementary medicine: the treating physician clears it first
 * @param homeExerciseProgram           the home exercise program that must be in place before discharge
 */
public record SafetyFlags(boolean requiresMonitoring, boolean controlledSubstance, boolean requiresRiskBenefitDiscussion,
        boolean requiresPhysicianClearance, boolean homeExerciseProgram) {
}
