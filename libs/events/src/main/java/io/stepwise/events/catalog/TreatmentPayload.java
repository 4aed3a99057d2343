package io.stepwise.events.catalog;

import java.util.List;

/**
 * The full treatment as published; carried by published, revised and retired events alike so that the compacted
 * topic's latest record per treatment is all a replica needs.
 */
public record TreatmentPayload(
        String treatmentId,
        long sequence,
        int version,
        String status,
        String name,
        String category,
        String kind,
        String description,
        String mode,
        String invasiveness,
        List<String> deliveredBy,
        List<String> sideEffects,
        Flags flags) {

    public record Flags(boolean requiresMonitoring, boolean controlledSubstance, boolean requiresRiskBenefitDiscussion,
            boolean requiresPhysicianClearance, boolean homeExerciseProgram) {
    }
}
