package io.stepwise.catalog.treatment;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A treatment option of the catalog (the full attribute set arrives with the catalog issue). */
@Document("treatments")
public record Treatment(@Id String id, String name, String category, String kind, TreatmentStatus status) {
}
