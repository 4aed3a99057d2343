package io.stepwise.plan.safety.domain;

import java.util.List;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.SafetyCheck;

/** Evaluates a plan against every safety rule, in the rules' order, with one context. */
public final class SafetyEngine implements SafetyCheck {

    /** The nine rules of the care-plan issue, in the order of {@link io.stepwise.plan.careplan.domain.SafetyRuleId}. */
    public static final List<SafetyRule> RULES = List.of(new InteractionSafetyRule(), new MedicationMonitoringRule(),
            new OpioidSafeguardsRule(), new OpioidDoseRule(), new ComplementaryClearanceRule(),
            new ProcedureRiskBenefitRule(), new HepBeforeDischargeRule(), new CopingSkillsSpecialistRule(),
            new MeasurableGoalRule());

    private final List<SafetyRule> rules;
    private final SafetyContext context;

    public SafetyEngine(List<SafetyRule> rules, SafetyContext context) {
        this.rules = List.copyOf(rules);
        this.context = context;
    }

    public static SafetyEngine standard(SafetyContext context) {
        return new SafetyEngine(RULES, context);
    }

    @Override
    public List<Finding> evaluate(CarePlan plan) {
        return rules.stream().flatMap(rule -> rule.check(plan, context).stream()).toList();
    }
}
