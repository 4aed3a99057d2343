package io.stepwise.plan.careplan.domain;

import java.util.List;

/**
 * Evaluates a plan against every safety rule. The plan calls it after each change and keeps the result as its
 * findings (carrying over overrides of findings that are still there).
 */
@FunctionalInterface
public interface SafetyCheck {

    /** In: the plan as changed. Out: every current finding, none overridden, in the rules' order. */
    List<Finding> evaluate(CarePlan plan);
}
