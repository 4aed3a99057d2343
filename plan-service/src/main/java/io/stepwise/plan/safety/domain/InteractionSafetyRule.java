package io.stepwise.plan.safety.domain;

import java.util.ArrayList;
import java.util.List;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.Severity;
import io.stepwise.interactions.TreatmentRef;
import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/**
 * INTERACTION: the catalog's interaction rules against every pair of live activities. CONTRAINDICATED and MAJOR
 * block until a clinician overrides with a reason; MODERATE is a warning. Two activities of the same treatment are a
 * pair too (a rule between a kind and itself, such as two NSAIDs, is duplicate therapy).
 */
final class InteractionSafetyRule implements SafetyRule {

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.INTERACTION;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        var live = plan.liveActivities();
        var findings = new ArrayList<Finding>();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                Activity first = live.get(i);
                Activity second = live.get(j);
                for (InteractionRule rule : context.interactionRules()) {
                    if (rule.appliesTo(ref(first), ref(second))) {
                        findings.add(finding(first, second, rule));
                    }
                }
            }
        }
        return findings;
    }

    private static Finding finding(Activity first, Activity second, InteractionRule rule) {
        var severity = rule.severity() == Severity.MODERATE ? FindingSeverity.WARNING : FindingSeverity.BLOCK;
        String message = first.treatment().name() + " with " + second.treatment().name() + " (" + rule.severity()
                + "): " + rule.reason();
        return Finding.of(SafetyRuleId.INTERACTION, severity, List.of(first.id(), second.id()), rule.id(), message);
    }

    private static TreatmentRef ref(Activity activity) {
        return new TreatmentRef(activity.treatmentId(), activity.treatment().kind());
    }
}
