package io.stepwise.plan.careplan.domain;

import java.util.Objects;

import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;

/**
 * The catalog treatment as it was when the activity was added: the plan keeps what was prescribed even if the catalog
 * changes later.
 *
 * @param version the treatment's published catalog version
 * @param flags   the safety flags the rules read
 */
public record TreatmentSnapshot(String name, Category category, String kind, int version,
        ReplicatedTreatment.Flags flags) {

    public TreatmentSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(flags, "flags");
    }

    public static TreatmentSnapshot of(ReplicatedTreatment treatment) {
        return new TreatmentSnapshot(treatment.name(), treatment.category(), treatment.kind(), treatment.version(),
                treatment.flags());
    }

    /** Medications and procedures are prescribed by clinicians only. */
    public boolean needsClinicianToAdd() {
        return category == Category.MEDICATION || category == Category.PROCEDURE;
    }
}
