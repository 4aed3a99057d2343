package io.stepwise.plan.safety.domain;

import java.math.BigDecimal;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/**
 * OPIOID_DOSE: the plan's total daily morphine milligram equivalents of its live opioids. At or above
 * {@value #REASSESS_MME} MME/day it warns to reassess; at or above {@value #BLOCK_MME} MME/day it blocks until a
 * clinician overrides with a reason (the thresholds of the CDC 2022 guideline's clinical decision support).
 */
final class OpioidDoseRule implements SafetyRule {

    static final int REASSESS_MME = 50;
    static final int BLOCK_MME = 90;

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.OPIOID_DOSE;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        BigDecimal total = plan.totalDailyMme();
        List<String> opioids = plan.liveActivities().stream().filter(Activity::isOpioid).map(Activity::id).toList();
        if (total.compareTo(BigDecimal.valueOf(BLOCK_MME)) >= 0) {
            return List.of(Finding.of(id(), FindingSeverity.BLOCK, opioids, ">=" + BLOCK_MME, "Total daily dose is "
                    + total.toPlainString() + " MME/day, at or above " + BLOCK_MME + ": avoid or carefully justify "
                    + "the dose, and consider tapering"));
        }
        if (total.compareTo(BigDecimal.valueOf(REASSESS_MME)) >= 0) {
            return List.of(Finding.of(id(), FindingSeverity.WARNING, opioids, ">=" + REASSESS_MME, "Total daily dose is "
                    + total.toPlainString() + " MME/day, at or above " + REASSESS_MME + ": reassess benefits and risks"));
        }
        return List.of();
    }
}
