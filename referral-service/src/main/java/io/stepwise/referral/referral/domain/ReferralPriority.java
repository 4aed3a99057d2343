package io.stepwise.referral.referral.domain;

/** How soon the clinic needs the referral worked (FHIR request priority {@code routine} | {@code urgent}). */
public enum ReferralPriority {
    ROUTINE, URGENT
}
