package io.stepwise.plan.safety.domain;

import java.util.List;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.Goal;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/** MEASURABLE_GOAL: a plan cannot become ACTIVE without at least one goal with a target. */
final class MeasurableGoalRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.MEASURABLE_GOAL;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        if (plan.goals().stream().anyMatch(Goal::isMeasurable)) {
            return List.of();
        }
        return List.of(Finding.of(id(), FindingSeverity.BLOCK, List.of(), "", "The plan needs a goal with a target "
                + "(an NRS, PEG, ODI, PHQ-9 or GAD-7 score to reach) before it can be activated"));
    }
}
