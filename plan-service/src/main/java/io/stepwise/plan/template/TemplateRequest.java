package io.stepwise.plan.template;

import java.util.List;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.web.TextRules;
import io.stepwise.plan.careplan.domain.Aim;
import io.stepwise.plan.careplan.domain.ReferralPriority;
import io.stepwise.plan.careplan.domain.Specialty;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;
import io.stepwise.plan.template.domain.PlanTemplate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A plan template as a clinic admin sends it; {@code id} is required when creating and ignored when revising. */
record TemplateRequest(
        @Size(min = 1, max = 80) @Pattern(regexp = SLUG, message = "must be a lowercase slug such as active-start") String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String name,
        @Size(max = 4000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String description,
        @NotNull @Size(max = 30) List<@NotNull @Valid ActivityItem> activities,
        @NotNull @Size(max = 10) List<@NotNull @Valid GoalItem> goals,
        @NotNull @Size(max = 10) List<@NotNull @Valid ReferralItem> referrals) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    record ActivityItem(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = "must be a treatment id") String treatmentId,
            @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String dose,
            @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String frequency,
            @Min(1) @Max(365) Integer reviewAfterDays,
            @Min(1) @Max(200) Integer sessions) {
    }

    record GoalItem(@NotNull Aim aim, @NotNull Measure measure, @NotNull @Valid Target target,
            @Min(1) @Max(730) Integer dueInDays) {
    }

    record Target(Double atMost, Double changeFromBaselinePercent) {
    }

    record ReferralItem(@NotNull Specialty specialty,
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String reason,
            @NotNull ReferralPriority priority) {
    }

    PlanTemplate toTemplate(String templateId) {
        var goalList = new java.util.ArrayList<PlanTemplate.TemplateGoal>();
        for (int i = 0; i < goals.size(); i++) {
            GoalItem goal = goals.get(i);
            goalList.add(new PlanTemplate.TemplateGoal(goal.aim(), goal.measure(),
                    target("goals[" + i + "].target", goal.measure(), goal.target()), goal.dueInDays()));
        }
        return new PlanTemplate(templateId, name.strip(), description,
                activities.stream().map(a -> new PlanTemplate.TemplateActivity(a.treatmentId(), a.dose(), a.frequency(),
                        a.reviewAfterDays(), a.sessions())).toList(),
                goalList,
                referrals.stream().map(r -> new PlanTemplate.TemplateReferral(r.specialty(), r.reason(), r.priority()))
                        .toList(),
                null);
    }

    private static GoalTarget target(String field, Measure measure, Target target) {
        try {
            var goalTarget = new GoalTarget(target.atMost(), target.changeFromBaselinePercent());
            goalTarget.checkFits(measure);
            return goalTarget;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_BODY, "The goal target is not valid",
                    List.of(new FieldProblem(field, e.getMessage())));
        }
    }
}
