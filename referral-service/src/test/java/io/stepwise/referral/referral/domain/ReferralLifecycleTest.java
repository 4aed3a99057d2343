package io.stepwise.referral.referral.domain;

import static io.stepwise.referral.referral.domain.ReferralAction.ACCEPT;
import static io.stepwise.referral.referral.domain.ReferralAction.CANCEL;
import static io.stepwise.referral.referral.domain.ReferralAction.COMPLETE;
import static io.stepwise.referral.referral.domain.ReferralAction.FAIL;
import static io.stepwise.referral.referral.domain.ReferralAction.HOLD;
import static io.stepwise.referral.referral.domain.ReferralAction.RECEIVE;
import static io.stepwise.referral.referral.domain.ReferralAction.REJECT;
import static io.stepwise.referral.referral.domain.ReferralAction.RESUME;
import static io.stepwise.referral.referral.domain.ReferralAction.START;
import static io.stepwise.referral.referral.domain.ReferralStatus.ACCEPTED;
import static io.stepwise.referral.referral.domain.ReferralStatus.CANCELLED;
import static io.stepwise.referral.referral.domain.ReferralStatus.COMPLETED;
import static io.stepwise.referral.referral.domain.ReferralStatus.FAILED;
import static io.stepwise.referral.referral.domain.ReferralStatus.IN_PROGRESS;
import static io.stepwise.referral.referral.domain.ReferralStatus.ON_HOLD;
import static io.stepwise.referral.referral.domain.ReferralStatus.RECEIVED;
import static io.stepwise.referral.referral.domain.ReferralStatus.REJECTED;
import static io.stepwise.referral.referral.domain.ReferralStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action from every status, by the side that may take it and by the other: the FHIR Task transitions of DESIGN
 * §5, written out here by hand (not derived from {@link ReferralAction}), the repeats that change nothing, and the
 * refusals that change nothing either.
 */
class ReferralLifecycleTest {

    /** The transitions DESIGN §5 allows: from a status, the actions that lead on, and where. */
    private static final Map<ReferralStatus, Map<ReferralAction, ReferralStatus>> LEGAL = Map.of(
            REQUESTED, Map.of(RECEIVE, RECEIVED, ACCEPT, ACCEPTED, REJECT, REJECTED, CANCEL, CANCELLED),
            RECEIVED, Map.of(ACCEPT, ACCEPTED, REJECT, REJECTED, CANCEL, CANCELLED),
            ACCEPTED, Map.of(START, IN_PROGRESS, CANCEL, CANCELLED),
            IN_PROGRESS, Map.of(HOLD, ON_HOLD, COMPLETE, COMPLETED, FAIL, FAILED),
            ON_HOLD, Map.of(RESUME, IN_PROGRESS),
            REJECTED, Map.of(), COMPLETED, Map.of(), FAILED, Map.of(), CANCELLED, Map.of());

    enum Expected { MOVES, REPEAT, ILLEGAL }

    static Stream<Arguments> everyActionFromEveryStatus() {
        var rows = new ArrayList<Arguments>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralAction action : ReferralAction.values()) {
                ReferralStatus to = LEGAL.get(from).get(action);
                Expected expected = to != null ? Expected.MOVES : from == action.target() ? Expected.REPEAT
                        : Expected.ILLEGAL;
                rows.add(Arguments.of(from, action, expected));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} from {0}: {2}")
    @MethodSource("everyActionFromEveryStatus")
    void theRightSide(ReferralStatus from, ReferralAction action, Expected expected) {
        Referral referral = Referrals.in(from);
        long revisionBefore = referral.history().size();
        switch (expected) {
            case MOVES -> {
                assertThat(take(referral, action, rightSide(action))).isTrue();
                assertThat(referral.status()).isEqualTo(LEGAL.get(from).get(action));
                assertThat(referral.history()).hasSize((int) revisionBefore + 1);
                assertThat(referral.history().getLast().status()).isEqualTo(referral.status());
                assertThat(referral.outbox().recordedEvents()).singleElement()
                        .isInstanceOfSatisfying(ReferralChanged.class, event -> {
                            assertThat(event.status()).isEqualTo(referral.status());
                            assertThat(event.change()).isEqualTo(ReferralChange.of(action));
                        });
            }
            case REPEAT -> {
                assertThat(take(referral, action, rightSide(action))).isFalse();
                assertUnchanged(referral, from, revisionBefore);
            }
            case ILLEGAL -> {
                assertThatThrownBy(() -> take(referral, action, rightSide(action)))
                        .isInstanceOfSatisfying(IllegalReferralTransitionException.class, e -> {
                            assertThat(e.current()).isEqualTo(from);
                            assertThat(e.requested()).isEqualTo(action.target());
                            assertThat(e.getMessage()).contains(from.name()).contains(action.target().name());
                        });
                assertUnchanged(referral, from, revisionBefore);
            }
        }
    }

    static Stream<Arguments> everyActionFromEveryStatusByTheWrongSide() {
        return everyActionFromEveryStatus().map(row -> Arguments.of(row.get()[0], row.get()[1]));
    }

    @ParameterizedTest(name = "{1} from {0} by the wrong side")
    @MethodSource("everyActionFromEveryStatusByTheWrongSide")
    void theWrongSide(ReferralStatus from, ReferralAction action) {
        Referral referral = Referrals.in(from);
        int before = referral.history().size();
        Side wrong = rightSide(action) == Side.CLINIC ? Side.PARTNER : Side.CLINIC;
        assertThatThrownBy(() -> take(referral, action, wrong)).isInstanceOf(WrongSideException.class);
        assertUnchanged(referral, from, before);
    }

    /** Written out, not read from the action: the clinic only cancels. */
    private static Side rightSide(ReferralAction action) {
        return action == CANCEL ? Side.CLINIC : Side.PARTNER;
    }

    private static boolean take(Referral referral, ReferralAction action, Side side) {
        if (action == COMPLETE) {
            return referral.complete(side, "partner-client", "Six sessions; coping plan in place", null, null,
                    Referrals.NOW);
        }
        return referral.act(action, side, "someone", "a reason", Referrals.NOW);
    }

    private static void assertUnchanged(Referral referral, ReferralStatus status, long historySize) {
        assertThat(referral.status()).isEqualTo(status);
        assertThat(referral.history()).hasSize((int) historySize);
        assertThat(referral.outbox().recordedEvents()).isEmpty();
    }

    @ParameterizedTest(name = "final: {0}")
    @MethodSource("finals")
    void finalStatusesAreTheFourFhirEnds(ReferralStatus status, boolean isFinal) {
        assertThat(status.isFinal()).isEqualTo(isFinal);
    }

    static Stream<Arguments> finals() {
        List<ReferralStatus> ends = List.of(COMPLETED, FAILED, CANCELLED, REJECTED);
        return Stream.of(ReferralStatus.values()).map(status -> Arguments.of(status, ends.contains(status)));
    }
}
