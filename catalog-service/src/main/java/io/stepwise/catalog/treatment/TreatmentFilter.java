package io.stepwise.catalog.treatment;

import io.stepwise.catalog.treatment.domain.Category;
import io.stepwise.catalog.treatment.domain.TreatmentStatus;

/** What a catalog search narrows by; any part may be null. {@code text} matches name, kind and description. */
public record TreatmentFilter(Category category, String kind, TreatmentStatus status, String text) {
}
