package io.stepwise.plan.catalogreplica.domain;

/** Whether the patient carries a treatment on alone (ACTIVE) or has it done to them (PASSIVE). */
public enum Mode {
    ACTIVE, PASSIVE
}
