package io.stepwise.plan.careplan.domain;

/** A WARNING informs; a BLOCK stops the changes its rule gates until it is lifted. */
public enum FindingSeverity {
    WARNING, BLOCK
}
