package io.stepwise.plan.safety.domain;

import java.util.ArrayList;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.PatientDecision;
import io.stepwise.plan.careplan.domain.PlanReferral;
import io.stepwise.plan.careplan.domain.SafetyRuleId;
import io.stepwise.plan.careplan.domain.Specialty;

/**
 * PROCEDURE_RISK_BENEFIT: the seed asks that procedures be weighed for risks and benefits (and a second opinion
 * considered). A live procedure cannot be scheduled or started before a risk/benefit discussion in which the patient
 * decided to proceed; while an offered second opinion has not come back, a warning says so.
 */
final class ProcedureRiskBenefitRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.PROCEDURE_RISK_BENEFIT;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        var findings = new ArrayList<Finding>();
        for (Activity activity : plan.liveActivities()) {
            if (!activity.treatment().flags().requiresRiskBenefitDiscussion()) {
                continue;
            }
            String name = activity.treatment().name();
            var discussion = activity.riskBenefit();
            if (discussion == null) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "", name
                        + " cannot be scheduled before a risk/benefit discussion is recorded"));
            } else if (discussion.patientDecision() != PatientDecision.PROCEED) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "", name
                        + " cannot be scheduled: after the risk/benefit discussion the patient's decision is "
                        + discussion.patientDecision()));
            } else if (discussion.secondOpinionOffered() && secondOpinionPending(plan, activity)) {
                findings.add(Finding.of(id(), FindingSeverity.WARNING, List.of(activity.id()), "second-opinion", name
                        + ": the second opinion offered has not come back yet"));
            }
        }
        return findings;
    }

    private static boolean secondOpinionPending(CarePlan plan, Activity activity) {
        return plan.referrals().stream().filter(r -> activity.id().equals(r.activityId()))
                .filter(r -> r.specialty() == Specialty.SECOND_OPINION_PHYSICIAN).filter(PlanReferral::isLive)
                .anyMatch(r -> !r.isFulfilled());
    }
}
