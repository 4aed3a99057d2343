package io.stepwise.plan.catalogreplica.domain;

/** How invasive a replicated treatment is. */
public enum Invasiveness {
    NONE, MINIMAL, SURGICAL
}
