package io.stepwise.plan.careplan.domain;

import java.time.LocalDate;
import java.util.List;

import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;

/**
 * Goals, activities and referral requests added to a plan in one change: one added by hand, or a template's bundle.
 * The plan evaluates its safety rules once, after all of them are in.
 */
public record PlanAdditions(List<NewGoal> goals, List<NewActivity> activities, List<NewReferral> referrals) {

    public PlanAdditions {
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
        referrals = List.copyOf(referrals);
    }

    public static PlanAdditions goal(NewGoal goal) {
        return new PlanAdditions(List.of(goal), List.of(), List.of());
    }

    public static PlanAdditions activity(NewActivity activity) {
        return new PlanAdditions(List.of(), List.of(activity), List.of());
    }

    public static PlanAdditions referral(NewReferral referral) {
        return new PlanAdditions(List.of(), List.of(), List.of(referral));
    }

    /** A goal to set; {@code target} may be null (a goal that is not yet measurable). */
    public record NewGoal(String id, Aim aim, Measure measure, GoalTarget target, LocalDate dueDate) {
    }

    /** A treatment to add, as the catalog replica has it now. */
    public record NewActivity(String id, String treatmentId, TreatmentSnapshot treatment, ActivityDetails details) {
    }

    /** A referral to request. */
    public record NewReferral(Specialty specialty, String reason, ReferralPriority priority) {
    }
}
