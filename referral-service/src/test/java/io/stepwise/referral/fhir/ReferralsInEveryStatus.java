package io.stepwise.referral.fhir;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralAction;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.ReferredPatient;
import io.stepwise.referral.referral.domain.SecondOpinion;
import io.stepwise.referral.referral.domain.Side;

/**
 * Referrals for the FHIR tests, built only through the aggregate's own factory and lifecycle, so each status is one the
 * referral can really reach: requested, assigned to a partner, then moved along the FHIR Task lifecycle.
 */
final class ReferralsInEveryStatus {

    static final Instant REQUESTED_AT = Instant.parse("2026-03-02T09:15:00Z");
    static final Instant NOW = REQUESTED_AT.plus(Duration.ofDays(1));
    static final Instant APPOINTMENT = NOW.plus(Duration.ofDays(5));
    static final ReferredPatient PATIENT = new ReferredPatient("Robin", "Example", LocalDate.of(1970, 4, 2));
    static final String REASON = "Catastrophizing and low mood alongside chronic low back pain";
    static final String PLAN_SUMMARY = "Back pain plan, ACTIVE, Dr Casey Clinician: physical therapy, NSAID";
    static final String REPORT = "Six sessions of coping-skills training; PHQ-9 down from 14 to 8.";
    static final String RECOMMENDATION = "Try a nerve stabilizer before the injection.";
    static final String REJECTION = "No capacity this quarter";

    private ReferralsInEveryStatus() {
    }

    static Partner psychology() {
        return Partner.onboarded("psychology-demo", "Demo psychology practice", Set.of(Specialty.PSYCHOLOGIST),
                "partner-psychology-demo", null, null, REQUESTED_AT);
    }

    static Partner secondOpinion() {
        return Partner.onboarded("second-opinion-demo", "Demo second-opinion physicians",
                Set.of(Specialty.SECOND_OPINION_PHYSICIAN), "partner-second-opinion-demo", null, null, REQUESTED_AT);
    }

    /** A REQUESTED referral, assigned to the partner (which must offer the specialty). */
    static Referral assigned(String id, String patientId, Partner partner, Specialty specialty,
            ReferralPriority priority, ReferredPatient patient) {
        var referral = Referral.requested(id, "plan-" + id, patientId, patient, specialty, priority, REASON,
                PLAN_SUMMARY, "clinician", REQUESTED_AT, REQUESTED_AT);
        referral.assign(partner, "coordinator", REQUESTED_AT);
        return referral;
    }

    /** A psychologist referral of {@link #PATIENT}, routine, moved to the status. */
    static Referral psychologyIn(ReferralStatus status) {
        return movedTo(assigned("ref-" + status.fhirCode(), "patient-1", psychology(), Specialty.PSYCHOLOGIST,
                ReferralPriority.ROUTINE, PATIENT), status, null);
    }

    /**
     * Moves a REQUESTED referral to the status along the lifecycle; a completion carries {@link #REPORT}, and for a
     * second opinion the verdict (null for other specialties) and {@link #RECOMMENDATION}.
     */
    static Referral movedTo(Referral referral, ReferralStatus status, SecondOpinion opinion) {
        for (ReferralAction action : path(status)) {
            apply(referral, action, opinion);
        }
        return referral;
    }

    private static void apply(Referral referral, ReferralAction action, SecondOpinion opinion) {
        switch (action) {
            case CANCEL -> referral.act(action, Side.CLINIC, "coordinator", "Patient moved away", NOW);
            case REJECT, FAIL -> referral.act(action, Side.PARTNER, "partner", REJECTION, NOW);
            case COMPLETE -> referral.complete(Side.PARTNER, "partner", REPORT, opinion,
                    opinion == null ? null : RECOMMENDATION, NOW);
            default -> referral.act(action, Side.PARTNER, "partner", null, NOW);
        }
    }

    /** Moves an ACCEPTED referral on to the status (ACCEPTED itself, IN_PROGRESS, ON_HOLD, COMPLETED or FAILED). */
    static Referral movedOnFromAccepted(Referral referral, ReferralStatus status) {
        for (ReferralAction action : path(status)) {
            if (action != ReferralAction.ACCEPT) {
                apply(referral, action, null);
            }
        }
        return referral;
    }

    /** The referral with an appointment (it must be ACCEPTED, IN_PROGRESS or ON_HOLD). */
    static Referral scheduled(Referral referral) {
        referral.schedule(Side.PARTNER, APPOINTMENT, "partner", NOW);
        return referral;
    }

    private static List<ReferralAction> path(ReferralStatus status) {
        return switch (status) {
            case REQUESTED -> List.of();
            case RECEIVED -> List.of(ReferralAction.RECEIVE);
            case ACCEPTED -> List.of(ReferralAction.ACCEPT);
            case REJECTED -> List.of(ReferralAction.REJECT);
            case IN_PROGRESS -> List.of(ReferralAction.ACCEPT, ReferralAction.START);
            case ON_HOLD -> List.of(ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.HOLD);
            case COMPLETED -> List.of(ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.COMPLETE);
            case FAILED -> List.of(ReferralAction.ACCEPT, ReferralAction.START, ReferralAction.FAIL);
            case CANCELLED -> List.of(ReferralAction.CANCEL);
        };
    }
}
