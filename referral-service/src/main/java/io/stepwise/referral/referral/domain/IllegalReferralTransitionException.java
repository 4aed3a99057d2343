package io.stepwise.referral.referral.domain;

/** An action that does not lead from the referral's current status (answered 409, naming both statuses). */
public class IllegalReferralTransitionException extends RuntimeException {

    private final ReferralStatus current;
    private final ReferralStatus requested;

    public IllegalReferralTransitionException(ReferralStatus current, ReferralStatus requested, String message) {
        super(message);
        this.current = current;
        this.requested = requested;
    }

    public ReferralStatus current() {
        return current;
    }

    /** The status the refused action leads to; null for a change that is not a status change (an appointment). */
    public ReferralStatus requested() {
        return requested;
    }
}
