package io.stepwise.plan.careplan.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * FHIR CarePlan activity status. NOT_STARTED → SCHEDULED | IN_PROGRESS | CANCELLED; SCHEDULED → IN_PROGRESS |
 * NOT_STARTED | CANCELLED; IN_PROGRESS → ON_HOLD | COMPLETED | STOPPED; ON_HOLD → IN_PROGRESS | STOPPED. COMPLETED,
 * CANCELLED and STOPPED are final.
 */
public enum ActivityStatus {
    NOT_STARTED, SCHEDULED, IN_PROGRESS, ON_HOLD, COMPLETED, CANCELLED, STOPPED;

    public Set<ActivityStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED);
            case SCHEDULED -> EnumSet.of(IN_PROGRESS, NOT_STARTED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ON_HOLD, COMPLETED, STOPPED);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS, STOPPED);
            case COMPLETED, CANCELLED, STOPPED -> EnumSet.noneOf(ActivityStatus.class);
        };
    }

    /** Whether the activity is (or is still to be) part of the treatment: not completed, cancelled or stopped. */
    public boolean isLive() {
        return this != COMPLETED && this != CANCELLED && this != STOPPED;
    }

    /** Whether moving from this status to {@code target} puts the activity into effect (the ACTIVITY_START gate). */
    public boolean startsWhenMovedTo(ActivityStatus target) {
        return target == SCHEDULED || this == NOT_STARTED && target != CANCELLED;
    }

    /**
     * What an activity in this status becomes when its plan ends: one not yet begun is CANCELLED; one under way is
     * COMPLETED when the plan is completed and STOPPED when it is revoked; an ended one stays as it is.
     *
     * @param planCompleted true when the plan was completed, false when it was revoked
     */
    public ActivityStatus whenPlanEnds(boolean planCompleted) {
        return switch (this) {
            case NOT_STARTED, SCHEDULED -> CANCELLED;
            case IN_PROGRESS, ON_HOLD -> planCompleted ? COMPLETED : STOPPED;
            case COMPLETED, CANCELLED, STOPPED -> this;
        };
    }
}
