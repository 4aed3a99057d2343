package io.stepwise.referral.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

/** Referrals and partners for the tests, brought into any status the way the API would. */
public final class Referrals {

    public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Partner PSYCHOLOGY = partner("psychology", Specialty.PSYCHOLOGIST);
    static final Partner SECOND_OPINION = partner("second-opinion", Specialty.SECOND_OPINION_PHYSICIAN);

    private Referrals() {
    }

    public static Partner partner(String id, Specialty... specialties) {
        return Partner.onboarded(id, "Partner " + id, Set.of(specialties), "partner-" + id, null, null, NOW);
    }

    static Referral requested(Specialty specialty) {
        return requested("ref-1", "patient-1", specialty, NOW);
    }

    /** A new referral as a plan would request it, for patient Maria Santos under {@code patientId}. */
    public static Referral requested(String id, String patientId, Specialty specialty, Instant at) {
        return Referral.requested(id, "plan-" + id, patientId,
                new ReferredPatient("Maria", "Santos", LocalDate.of(1968, 5, 14)), specialty,
                ReferralPriority.ROUTINE, "Coping skills for pain-related anxiety", "Chronic low back pain; ACTIVE",
                "coordinator", at.minusSeconds(60), at.minusSeconds(60));
    }

    /** A psychology referral assigned to {@link #PSYCHOLOGY}, walked to {@code status}. */
    static Referral in(ReferralStatus status) {
        return in(status, Specialty.PSYCHOLOGIST);
    }

    static Referral in(ReferralStatus status, Specialty specialty) {
        Referral referral = requested(specialty);
        walk(referral, specialty == Specialty.SECOND_OPINION_PHYSICIAN ? SECOND_OPINION : PSYCHOLOGY, status, NOW);
        referral.outbox().drainRecorded();
        return referral;
    }

    /** Assigns a REQUESTED referral to {@code partner} and takes the actions that bring it to {@code status}. */
    public static Referral walk(Referral referral, Partner partner, ReferralStatus status, Instant at) {
        Specialty specialty = referral.specialty();
        referral.assign(partner, "coordinator", at);
        switch (status) {
            case REQUESTED -> { }
            case RECEIVED -> partner(referral, at, ReferralAction.RECEIVE);
            case ACCEPTED -> partner(referral, at, ReferralAction.ACCEPT);
            case REJECTED -> partner(referral, at, ReferralAction.REJECT);
            case IN_PROGRESS -> partner(referral, at, ReferralAction.ACCEPT, ReferralAction.START);
            case ON_HOLD -> partner(referral, at, ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.HOLD);
            case FAILED -> partner(referral, at, ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.FAIL);
            case COMPLETED -> {
                partner(referral, at, ReferralAction.ACCEPT, ReferralAction.START);
                boolean secondOpinion = specialty == Specialty.SECOND_OPINION_PHYSICIAN;
                referral.complete(Side.PARTNER, "partner-client", "Report", secondOpinion ? SecondOpinion.AGREES : null,
                        secondOpinion ? "Proceed" : null, at);
            }
            case CANCELLED -> referral.act(ReferralAction.CANCEL, Side.CLINIC, "coordinator", null, at);
        }
        return referral;
    }

    private static void partner(Referral referral, Instant at, ReferralAction... actions) {
        for (ReferralAction action : actions) {
            referral.act(action, Side.PARTNER, "partner-client", action.needsReason() ? "a reason" : null, at);
        }
    }
}
