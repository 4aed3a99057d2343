package io.stepwise.referral.referral.domain;

/** Who may take a referral action: the clinic (staff API) or the assigned partner (partner API). */
public enum Side {
    CLINIC, PARTNER
}
