package io.stepwise.plan.catalogreplica.domain;

import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * plan-service's copy of a catalog treatment, as the catalog last published it, in typed form: the catalog's strings
 * are turned into these values once, when the event arrives (see the replica's payload mapping).
 *
 * @param id       the catalog's treatment id
 * @param sequence the sequence of the catalog event this copy was taken from
 * @param version  the treatment's published version
 */
@Document(ReplicatedTreatment.COLLECTION)
public record ReplicatedTreatment(@Id String id, long sequence, int version, TreatmentStatus status, String name,
        Category category, String kind, String description, Mode mode, Invasiveness invasiveness,
        List<SpecialistType> deliveredBy, List<String> sideEffects, Flags flags) {

    public static final String COLLECTION = "catalog_treatments";

    public ReplicatedTreatment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(invasiveness, "invasiveness");
        Objects.requireNonNull(flags, "flags");
        deliveredBy = List.copyOf(deliveredBy == null ? List.of() : deliveredBy);
        sideEffects = List.copyOf(sideEffects == null ? List.of() : sideEffects);
    }

    /** What the care plan's safety rules read from a treatment. */
    public record Flags(boolean requiresMonitoring, boolean controlledSubstance, boolean requiresRiskBenefitDiscussion,
            boolean requiresPhysicianClearance, boolean homeExerciseProgram) {
    }

    public boolean isPublished() {
        return status == TreatmentStatus.PUBLISHED;
    }
}
