package io.stepwise.referral.partnerapi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;

/**
 * A referral as its partner sees it: what the work needs (the patient's name and birth date, the reason, specialty,
 * priority and a one-line plan summary) and where it stands; never the plan, the patient's record id or who at the
 * clinic did what. Absent parts are null.
 *
 * @param statusReason why it was rejected, failed or cancelled
 * @param appointment  the appointment start (UTC), once set
 * @param updatedAt    the last change; poll with {@code updatedSince} to find changes
 */
public record PartnerReferral(String id, ReferralStatus status, String statusReason, Specialty specialty,
        ReferralPriority priority, String reason, Patient patient, String planSummary, Instant requestedAt,
        Instant appointment, String report, String opinion, String recommendation, List<HistoryEntry> history,
        Instant updatedAt) {

    static PartnerReferral of(Referral referral) {
        var patient = referral.patient();
        var completion = referral.completion();
        return new PartnerReferral(referral.id(), referral.status(), referral.statusReason(), referral.specialty(),
                referral.priority(), referral.reason(),
                patient == null ? null : new Patient(patient.givenName(), patient.familyName(), patient.birthDate()),
                referral.planSummary(), referral.requestedAt(),
                referral.appointment() == null ? null : referral.appointment().start(),
                completion == null ? null : completion.report(),
                completion == null || completion.opinion() == null ? null : completion.opinion().name(),
                completion == null ? null : completion.recommendation(),
                referral.history().stream().map(change -> new HistoryEntry(change.status(), change.at())).toList(),
                referral.updatedAt());
    }

    public record Patient(String givenName, String familyName, LocalDate birthDate) {
    }

    public record HistoryEntry(ReferralStatus status, Instant at) {
    }
}
