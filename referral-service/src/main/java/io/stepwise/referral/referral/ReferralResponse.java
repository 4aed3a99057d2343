package io.stepwise.referral.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.StatusChange;

/**
 * A referral as clinic staff see it: everything, with its status history. Absent parts are null.
 *
 * @param appointment    the partner's appointment start (UTC)
 * @param report         the partner's report once COMPLETED
 * @param opinion        a second opinion's AGREES, DISAGREES or ALTERNATIVE
 * @param revision       the ETag's number: send it as If-Match to assign or cancel
 */
public record ReferralResponse(String id, String planId, String patientId, PatientView patient, Specialty specialty,
        ReferralPriority priority, String reason, String planSummary, String requestedBy, Instant requestedAt,
        ReferralStatus status, String statusReason, String partnerId, String partnerName, Instant appointment,
        String report, String opinion, String recommendation, Instant completedAt, List<HistoryEntry> history,
        Instant updatedAt, long revision) {

    public static ReferralResponse of(Referral referral) {
        var patient = referral.patient();
        var completion = referral.completion();
        return new ReferralResponse(referral.id(), referral.planId(), referral.patientId(),
                patient == null ? null : new PatientView(patient.givenName(), patient.familyName(), patient.birthDate()),
                referral.specialty(), referral.priority(), referral.reason(), referral.planSummary(),
                referral.requestedBy(), referral.requestedAt(), referral.status(), referral.statusReason(),
                referral.partnerId(), referral.partnerName(),
                referral.appointment() == null ? null : referral.appointment().start(),
                completion == null ? null : completion.report(),
                completion == null || completion.opinion() == null ? null : completion.opinion().name(),
                completion == null ? null : completion.recommendation(), completion == null ? null : completion.at(),
                referral.history().stream().map(HistoryEntry::of).toList(), referral.updatedAt(),
                referral.revision() == null ? 0 : referral.revision());
    }

    public record PatientView(String givenName, String familyName, LocalDate birthDate) {
    }

    /** One status the referral entered: when, by whom (user name or partner client), and why when it says. */
    public record HistoryEntry(ReferralStatus status, Instant at, String by, String reason) {

        static HistoryEntry of(StatusChange change) {
            return new HistoryEntry(change.status(), change.at(), change.by(), change.reason());
        }
    }
}
