package io.stepwise.plan.careplan.domain;

import static io.stepwise.plan.careplan.domain.SafetyGate.ACTIVITY_START;
import static io.stepwise.plan.careplan.domain.SafetyGate.PLAN_ACTIVATION;
import static io.stepwise.plan.careplan.domain.SafetyGate.PLAN_COMPLETION;

import java.util.EnumSet;
import java.util.Set;

/**
 * The safety rules' ids (part of the API contract), which changes a blocking finding of each rule stops, and whether
 * a clinician may lift it by an override with a reason. The other rules are lifted by the documentation they ask for.
 */
public enum SafetyRuleId {
    INTERACTION(EnumSet.of(PLAN_ACTIVATION, ACTIVITY_START), true),
    MEDICATION_MONITORING(EnumSet.of(PLAN_ACTIVATION, ACTIVITY_START), false),
    OPIOID_SAFEGUARDS(EnumSet.of(PLAN_ACTIVATION, ACTIVITY_START), false),
    OPIOID_DOSE(EnumSet.of(PLAN_ACTIVATION, ACTIVITY_START), true),
    COMPLEMENTARY_CLEARANCE(EnumSet.of(ACTIVITY_START), false),
    PROCEDURE_RISK_BENEFIT(EnumSet.of(ACTIVITY_START), false),
    HEP_BEFORE_DISCHARGE(EnumSet.of(PLAN_COMPLETION), false),
    COPING_SKILLS_SPECIALIST(EnumSet.of(ACTIVITY_START), false),
    MEASURABLE_GOAL(EnumSet.of(PLAN_ACTIVATION), false);

    private final Set<SafetyGate> gates;
    private final boolean overridable;

    SafetyRuleId(Set<SafetyGate> gates, boolean overridable) {
        this.gates = gates;
        this.overridable = overridable;
    }

    /** The changes a blocking finding of this rule stops. */
    public Set<SafetyGate> gates() {
        return gates;
    }

    /** Whether a clinician may lift this rule's block by an override with a reason. */
    public boolean overridable() {
        return overridable;
    }
}
