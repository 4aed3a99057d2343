package io.stepwise.plan.careplan.domain;

/** The seed's three aims of treating chronic back pain: less pain, better quality of life, more function. */
public enum Aim {
    REDUCE_PAIN, IMPROVE_QUALITY_OF_LIFE, INCREASE_FUNCTION
}
