package io.stepwise.interactions;

import java.util.Objects;

/**
 * What an interaction rule needs to know of a treatment: its id and its kind (such as {@code nsaid}).
 *
 * @param id   the treatment's id, never null
 * @param kind the treatment's kind, never null
 */
public record TreatmentRef(String id, String kind) {

    public TreatmentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
