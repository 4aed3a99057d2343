package io.stepwise.plan.careplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;

/**
 * A measurable goal of the plan (FHIR Goal). Its achievement status is computed from the plan's outcomes of its
 * measure whenever it is read, never stored or typed in.
 *
 * @param target  the target score, or null for a goal that is not (yet) measurable
 * @param dueDate the date the target should be met by, or null
 */
public record Goal(String id, Aim aim, Measure measure, GoalTarget target, LocalDate dueDate, String createdBy,
        Instant createdAt) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(aim, "aim");
        Objects.requireNonNull(measure, "measure");
        if (target != null) {
            target.checkFits(measure);
        }
    }

    public boolean isMeasurable() {
        return target != null;
    }
}
