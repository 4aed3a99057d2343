package io.stepwise.catalog.treatment;

import io.stepwise.catalog.treatment.domain.Category;
import io.stepwise.catalog.treatment.domain.Invasiveness;
import io.stepwise.catalog.treatment.domain.Mode;
import io.stepwise.catalog.treatment.domain.SafetyFlags;
import io.stepwise.catalog.treatment.domain.SpecialistType;
import io.stepwise.catalog.treatment.domain.Treatment;
import io.stepwise.catalog.treatment.domain.TreatmentStatus;
import java.util.List;

record TreatmentResponse(String id, String name, Category category, String kind, String description, Mode mode,
        Invasiveness invasiveness, List<SpecialistType> deliveredBy, List<String> sideEffects, SafetyFlags flags,
        TreatmentStatus status, int version, long revision) {

    static TreatmentResponse of(Treatment treatment) {
        var d = treatment.details();
        return new TreatmentResponse(treatment.id(), d.name(), d.category(), d.kind(), d.description(), d.mode(),
                d.invasiveness(), d.deliveredBy(), d.sideEffects(), d.flags(), treatment.status(), treatment.version(),
                treatment.revision() == null ? 0 : treatment.revision());
    }
}
