package io.stepwise.referral.referral.domain;

import static io.stepwise.referral.referral.domain.ReferralStatus.ACCEPTED;
import static io.stepwise.referral.referral.domain.ReferralStatus.CANCELLED;
import static io.stepwise.referral.referral.domain.ReferralStatus.COMPLETED;
import static io.stepwise.referral.referral.domain.ReferralStatus.FAILED;
import static io.stepwise.referral.referral.domain.ReferralStatus.IN_PROGRESS;
import static io.stepwise.referral.referral.domain.ReferralStatus.ON_HOLD;
import static io.stepwise.referral.referral.domain.ReferralStatus.RECEIVED;
import static io.stepwise.referral.referral.domain.ReferralStatus.REJECTED;
import static io.stepwise.referral.referral.domain.ReferralStatus.REQUESTED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The status changes of a referral after it was requested, as FHIR Task allows them (DESIGN §5): which side takes
 * each, from which statuses, to which. The clinic only cancels, and only before the work has started.
 */
public enum ReferralAction {
    RECEIVE(Side.PARTNER, RECEIVED, EnumSet.of(REQUESTED)),
    ACCEPT(Side.PARTNER, ACCEPTED, EnumSet.of(REQUESTED, RECEIVED)),
    REJECT(Side.PARTNER, REJECTED, EnumSet.of(REQUESTED, RECEIVED)),
    START(Side.PARTNER, IN_PROGRESS, EnumSet.of(ACCEPTED)),
    HOLD(Side.PARTNER, ON_HOLD, EnumSet.of(IN_PROGRESS)),
    RESUME(Side.PARTNER, IN_PROGRESS, EnumSet.of(ON_HOLD)),
    COMPLETE(Side.PARTNER, COMPLETED, EnumSet.of(IN_PROGRESS)),
    FAIL(Side.PARTNER, FAILED, EnumSet.of(IN_PROGRESS)),
    CANCEL(Side.CLINIC, CANCELLED, EnumSet.of(REQUESTED, RECEIVED, ACCEPTED));

    private final Side side;
    private final ReferralStatus target;
    private final Set<ReferralStatus> from;

    ReferralAction(Side side, ReferralStatus target, Set<ReferralStatus> from) {
        this.side = side;
        this.target = target;
        this.from = from;
    }

    public Side side() {
        return side;
    }

    /** The status the action leads to. */
    public ReferralStatus target() {
        return target;
    }

    /** Whether the action leads from this status (a repeat, already in {@link #target()}, is not a transition). */
    public boolean leadsFrom(ReferralStatus status) {
        return from.contains(status);
    }

    /** Whether the action must say why (a rejection, a failure). */
    public boolean needsReason() {
        return this == REJECT || this == FAIL;
    }

    /** The verb in the API paths ({@code accept}, {@code complete} …). */
    public String verb() {
        return name().toLowerCase(Locale.ROOT);
    }
}
