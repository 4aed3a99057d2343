package io.stepwise.plan.careplan.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A patient's care plan (goals, activities and safety rules arrive with the care-plan issue). */
@Document("careplans")
public record CarePlan(@Id String id, @Indexed String patientId, String title, CarePlanStatus status) {
}
