package io.stepwise.plan.careplan.domain;

public enum ReferralPriority {
    ROUTINE, URGENT
}
