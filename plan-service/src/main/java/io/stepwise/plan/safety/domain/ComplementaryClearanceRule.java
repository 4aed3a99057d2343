package io.stepwise.plan.safety.domain;

import java.util.ArrayList;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/**
 * COMPLEMENTARY_CLEARANCE: the seed advises checking with the physician before complementary treatments, so one that
 * needs clearance stays NOT_STARTED until the plan's treating physician has recorded it (a clearance by another
 * clinician does not count).
 */
final class ComplementaryClearanceRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.COMPLEMENTARY_CLEARANCE;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        var findings = new ArrayList<Finding>();
        for (Activity activity : plan.liveActivities()) {
            if (!activity.treatment().flags().requiresPhysicianClearance()) {
                continue;
            }
            String name = activity.treatment().name();
            if (activity.clearance() == null) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "", name
                        + " needs the treating physician's clearance before it starts"));
            } else if (!activity.clearance().by().equals(plan.treatingPhysician())) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "", name + " was cleared by "
                        + activity.clearance().by() + ", but the treating physician is " + plan.treatingPhysician()));
            }
        }
        return findings;
    }
}
