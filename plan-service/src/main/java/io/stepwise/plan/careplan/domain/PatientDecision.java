package io.stepwise.plan.careplan.domain;

/** What the patient decided after a risk/benefit discussion. */
public enum PatientDecision {
    PROCEED, DECLINE, UNDECIDED
}
