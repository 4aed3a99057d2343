package io.stepwise.plan.safety.domain;

import java.util.List;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/** One of the plan's safety rules: a small policy that reads a plan and says what it finds. */
public interface SafetyRule {

    SafetyRuleId id();

    /** In: the plan and what the rules know besides it. Out: this rule's findings, none overridden; empty when clear. */
    List<Finding> check(CarePlan plan, SafetyContext context);
}
