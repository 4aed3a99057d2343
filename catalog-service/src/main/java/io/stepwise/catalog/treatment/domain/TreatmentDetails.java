package io.stepwise.catalog.treatment.domain;

import java.util.List;
import java.util.Objects;

/** Everything a clinic admin edits about a treatment. */
public record TreatmentDetails(String name, Category category, String kind, String description, Mode mode,
        Invasiveness invasiveness, List<SpecialistType> deliveredBy, List<String> sideEffects, SafetyFlags flags) {

    public TreatmentDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(invasiveness, "invasiveness");
        Objects.requireNonNull(flags, "flags");
        description = description == null ? "" : description;
        deliveredBy = List.copyOf(deliveredBy == null ? List.of() : deliveredBy);
        sideEffects = List.copyOf(sideEffects == null ? List.of() : sideEffects);
    }
}
