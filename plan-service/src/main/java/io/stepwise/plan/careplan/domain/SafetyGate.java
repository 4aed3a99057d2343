package io.stepwise.plan.careplan.domain;

/** The changes that put a plan's content into effect, and that a blocking finding may therefore stop. */
public enum SafetyGate {
    /** Activating or resuming the plan. */
    PLAN_ACTIVATION,
    /** Completing (discharging) the plan. */
    PLAN_COMPLETION,
    /** Moving an activity out of NOT_STARTED (other than cancelling it) or to SCHEDULED. */
    ACTIVITY_START
}
