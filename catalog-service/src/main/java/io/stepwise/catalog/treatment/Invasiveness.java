package io.stepwise.catalog.treatment;

/** How invasive a treatment is. */
public enum Invasiveness {
    NONE, MINIMAL, SURGICAL
}
