package io.stepwise.plan.catalogreplica;

import java.util.List;

import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.Invasiveness;
import io.stepwise.plan.catalogreplica.domain.Mode;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.SpecialistType;
import io.stepwise.plan.catalogreplica.domain.TreatmentStatus;

/**
 * A replicated treatment as {@code GET /api/plans/catalog/treatments/{id}} shows it: every field the catalog
 * published, under the payload's names ({@code id} for {@code treatmentId}), without the replica's sequence.
 */
record TreatmentView(String id, int version, TreatmentStatus status, String name, Category category, String kind,
        String description, Mode mode, Invasiveness invasiveness, List<SpecialistType> deliveredBy,
        List<String> sideEffects, ReplicatedTreatment.Flags flags) {

    static TreatmentView of(ReplicatedTreatment t) {
        return new TreatmentView(t.id(), t.version(), t.status(), t.name(), t.category(), t.kind(), t.description(),
                t.mode(), t.invasiveness(), t.deliveredBy(), t.sideEffects(), t.flags());
    }
}
