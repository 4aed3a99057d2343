package io.stepwise.referral.referral.domain;

/** What a change to a referral was; the clinic's changes are the ones its partner is told of by webhook. */
public enum ReferralChange {
    REQUESTED, ASSIGNED, RECEIVED, ACCEPTED, REJECTED, STARTED, HELD, RESUMED, COMPLETED, FAILED, CANCELLED,
    APPOINTMENT_SCHEDULED;

    static ReferralChange of(ReferralAction action) {
        return switch (action) {
            case RECEIVE -> RECEIVED;
            case ACCEPT -> ACCEPTED;
            case REJECT -> REJECTED;
            case START -> STARTED;
            case HOLD -> HELD;
            case RESUME -> RESUMED;
            case COMPLETE -> COMPLETED;
            case FAIL -> FAILED;
            case CANCEL -> CANCELLED;
        };
    }

    /** Made by the clinic (and so news to the partner): an assignment or a cancellation. */
    public boolean byClinic() {
        return this == ASSIGNED || this == CANCELLED;
    }
}
