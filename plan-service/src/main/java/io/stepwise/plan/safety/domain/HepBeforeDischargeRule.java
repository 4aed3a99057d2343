package io.stepwise.plan.safety.domain;

import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.ActivityStatus;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.SafetyRuleId;
import io.stepwise.plan.catalogreplica.domain.Category;

/**
 * HEP_BEFORE_DISCHARGE: the seed says physical therapy ends with a home exercise program the patient continues alone
 * (active therapies last longest). A plan with physical therapy (other than the program itself, and not cancelled)
 * cannot be COMPLETED without a home exercise program activity that was not cancelled or stopped.
 */
final class HepBeforeDischargeRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.HEP_BEFORE_DISCHARGE;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        List<String> therapy = plan.activities().stream().filter(a -> a.is(Category.PHYSICAL_THERAPY))
                .filter(a -> !a.treatment().flags().homeExerciseProgram())
                .filter(a -> a.status() != ActivityStatus.CANCELLED).map(Activity::id).toList();
        boolean hasProgram = plan.activities().stream().anyMatch(a -> a.treatment().flags().homeExerciseProgram()
                && a.status() != ActivityStatus.CANCELLED && a.status() != ActivityStatus.STOPPED);
        if (therapy.isEmpty() || hasProgram) {
            return List.of();
        }
        return List.of(Finding.of(id(), FindingSeverity.BLOCK, therapy, "", "A plan with physical therapy cannot be "
                + "completed without a home exercise program for the patient to continue"));
    }
}
