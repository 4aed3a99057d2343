package io.stepwise.catalog.treatment.domain;

/** How invasive a treatment is. */
public enum Invasiveness {
    NONE, MINIMAL, SURGICAL
}
