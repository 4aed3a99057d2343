package io.stepwise.plan.template.domain;

import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.plan.careplan.domain.Aim;
import io.stepwise.plan.careplan.domain.ReferralPriority;
import io.stepwise.plan.careplan.domain.Specialty;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;

/**
 * A stepped-care bundle (the FHIR PlanDefinition idea): activities, goals and referral requests a clinician applies
 * to a plan in one step. Dates are relative (days after applying), so a template fits any plan.
 *
 * @param id       a readable slug
 * @param revision guards concurrent editors (the ETag)
 */
@Document("plan_templates")
public record PlanTemplate(@Id String id, String name, String description, List<TemplateActivity> activities,
        List<TemplateGoal> goals, List<TemplateReferral> referrals, @Version Long revision) {

    public PlanTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        activities = List.copyOf(activities == null ? List.of() : activities);
        goals = List.copyOf(goals == null ? List.of() : goals);
        referrals = List.copyOf(referrals == null ? List.of() : referrals);
    }

    public PlanTemplate withRevision(Long newRevision) {
        return new PlanTemplate(id, name, description, activities, goals, referrals, newRevision);
    }

    /**
     * A treatment of the template.
     *
     * @param reviewAfterDays for a medication: the review date is this many days after applying (1–365)
     * @param sessions        planned sessions of a therapy (1–200), or null
     */
    public record TemplateActivity(String treatmentId, String dose, String frequency, Integer reviewAfterDays,
            Integer sessions) {
    }

    /**
     * A goal of the template.
     *
     * @param dueInDays the due date is this many days after applying (1–730), or null
     */
    public record TemplateGoal(Aim aim, Measure measure, GoalTarget target, Integer dueInDays) {
    }

    public record TemplateReferral(Specialty specialty, String reason, ReferralPriority priority) {
    }
}
