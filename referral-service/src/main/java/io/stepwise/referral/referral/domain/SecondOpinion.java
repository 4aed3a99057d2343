package io.stepwise.referral.referral.domain;

/** A second-opinion physician's verdict on the plan's proposed procedure. */
public enum SecondOpinion {
    AGREES, DISAGREES, ALTERNATIVE
}
