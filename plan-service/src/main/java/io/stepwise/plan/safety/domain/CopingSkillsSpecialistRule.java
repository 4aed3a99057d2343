package io.stepwise.plan.safety.domain;

import java.util.ArrayList;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.PlanReferral;
import io.stepwise.plan.careplan.domain.SafetyRuleId;
import io.stepwise.plan.catalogreplica.domain.Category;

/**
 * COPING_SKILLS_SPECIALIST: the seed says coping skills are taught by a pain specialist, psychologist or psychiatrist.
 * A live coping-skills activity without a live referral to one of them blocks its start (adding the activity requests
 * one, so this appears when that referral was cancelled, rejected or failed); while the referral has not been
 * completed, a warning says the plan waits for it.
 */
final class CopingSkillsSpecialistRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.COPING_SKILLS_SPECIALIST;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        var specialists = plan.referrals().stream().filter(PlanReferral::isLive)
                .filter(r -> r.specialty().teachesCopingSkills()).toList();
        boolean fulfilled = specialists.stream().anyMatch(PlanReferral::isFulfilled);
        var findings = new ArrayList<Finding>();
        for (Activity activity : plan.liveActivities()) {
            if (!activity.is(Category.COPING_SKILLS) || fulfilled) {
                continue;
            }
            String name = activity.treatment().name();
            if (specialists.isEmpty()) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "none", name + " needs a "
                        + "referral to a psychologist, psychiatrist or pain specialist; request one"));
            } else {
                findings.add(Finding.of(id(), FindingSeverity.WARNING, List.of(activity.id()), "pending", name
                        + " waits for the " + specialists.getFirst().specialty() + " referral (now "
                        + specialists.getFirst().status() + ")"));
            }
        }
        return findings;
    }
}
