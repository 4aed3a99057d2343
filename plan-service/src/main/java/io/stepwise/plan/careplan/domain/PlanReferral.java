package io.stepwise.plan.careplan.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A referral the plan requested, with its status kept current from referral-service's events.
 *
 * @param id         the referral id, derived from the plan id and the request's number (the same in both services)
 * @param reason     why the patient is referred, in words
 * @param activityId the activity that asked for it (coping skills, a procedure's second opinion), or null
 * @param sequence   the sequence of the last referral event applied (0 before any)
 * @param partner    the partner organisation's name once assigned, or null
 * @param report     the partner's report once completed, or null
 * @param opinion    a second opinion's verdict (AGREES, DISAGREES, ALTERNATIVE), or null
 * @param recommendation a second opinion's recommendation, or null
 */
public record PlanReferral(String id, Specialty specialty, String reason, ReferralPriority priority,
        ReferralStatus status, String activityId, String requestedBy, Instant requestedAt, long sequence,
        String partner, String report, String opinion, String recommendation, Instant updatedAt) {

    public PlanReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
    }

    public boolean isLive() {
        return status.isLive();
    }

    public boolean isFulfilled() {
        return status == ReferralStatus.COMPLETED;
    }

    PlanReferral updated(ReferralUpdate update) {
        return new PlanReferral(id, specialty, reason, priority, update.status(), activityId, requestedBy, requestedAt,
                update.sequence(), update.partner(), update.report(), update.opinion(), update.recommendation(),
                update.at());
    }
}
