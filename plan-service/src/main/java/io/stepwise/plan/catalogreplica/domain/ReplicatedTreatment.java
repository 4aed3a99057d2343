package io.stepwise.plan.catalogreplica.domain;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** plan-service's copy of a catalog treatment, as the catalog last published it. */
@Document(ReplicatedTreatment.COLLECTION)
public record ReplicatedTreatment(@Id String id, long sequence, int version, String status, String name, String category,
        String kind, String description, String mode, String invasiveness, List<String> deliveredBy,
        List<String> sideEffects, Flags flags) {

    public static final String COLLECTION = "catalog_treatments";

    public record Flags(boolean requiresMonitoring, boolean controlledSubstance, boolean requiresRiskBenefitDiscussion,
            boolean requiresPhysicianClearance, boolean homeExerciseProgram) {
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
