package io.stepwise.plan.safety.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/**
 * MEDICATION_MONITORING: the seed says medications are monitored by a physician, so a live medication that needs
 * monitoring must carry a review date ({@code reviewBy}): without one it blocks; a review date that has passed is a
 * warning. An opioid's review date is asked for by OPIOID_SAFEGUARDS (within 4 weeks), so this rule reads it from the
 * safeguards and does not report a missing one twice.
 */
final class MedicationMonitoringRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.MEDICATION_MONITORING;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        var findings = new ArrayList<Finding>();
        for (Activity activity : plan.liveActivities()) {
            if (!activity.isMedication() || !activity.treatment().flags().requiresMonitoring()) {
                continue;
            }
            LocalDate reviewBy = reviewDate(activity);
            String name = activity.treatment().name();
            if (reviewBy == null && !activity.isOpioid()) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "missing",
                        name + " needs a review date (reviewBy): medications are monitored by a physician"));
            } else if (reviewBy != null && reviewBy.isBefore(context.today())) {
                findings.add(Finding.of(id(), FindingSeverity.WARNING, List.of(activity.id()), "overdue",
                        name + " was due for review on " + reviewBy));
            }
        }
        return findings;
    }

    private static LocalDate reviewDate(Activity activity) {
        if (activity.details().reviewBy() != null) {
            return activity.details().reviewBy();
        }
        return activity.opioidSafeguards() == null ? null : activity.opioidSafeguards().reviewBy();
    }
}
