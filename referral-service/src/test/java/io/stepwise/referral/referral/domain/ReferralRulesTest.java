package io.stepwise.referral.referral.domain;

import static io.stepwise.referral.referral.domain.Referrals.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

/** The referral's rules beyond the status table: reasons, reports, second opinions, assignment and appointments. */
class ReferralRulesTest {

    @Test
    void aNewReferralIsRequestedWithoutAPartnerAndSaysSo() {
        Referral referral = Referrals.requested(Specialty.PSYCHOLOGIST);
        assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.partnerId()).isNull();
        assertThat(referral.history()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(ReferralStatus.REQUESTED);
            assertThat(entry.by()).isEqualTo("coordinator");
        });
        assertThat(referral.outbox().recordedEvents()).singleElement().isInstanceOfSatisfying(ReferralChanged.class,
                event -> assertThat(event.change()).isEqualTo(ReferralChange.REQUESTED));
    }

    @ParameterizedTest
    @EnumSource(value = ReferralAction.class, names = {"REJECT", "FAIL"})
    void rejectingAndFailingSayWhy(ReferralAction action) {
        Referral referral = Referrals.in(action == ReferralAction.REJECT ? ReferralStatus.RECEIVED
                : ReferralStatus.IN_PROGRESS);
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> referral.act(action, Side.PARTNER, "partner-client", missing, NOW))
                    .isInstanceOf(ReferralRuleException.class).hasMessageContaining("why");
        }
        assertThat(referral.act(action, Side.PARTNER, "partner-client", "No capacity until March", NOW)).isTrue();
        assertThat(referral.statusReason()).isEqualTo("No capacity until March");
        assertThat(referral.history().getLast().reason()).isEqualTo("No capacity until March");
    }

    @Test
    void aCancellationMayGiveAReasonAndOtherActionsKeepNone() {
        Referral cancelled = Referrals.in(ReferralStatus.ACCEPTED);
        cancelled.act(ReferralAction.CANCEL, Side.CLINIC, "coordinator", "Patient moved away", NOW);
        assertThat(cancelled.statusReason()).isEqualTo("Patient moved away");

        Referral accepted = Referrals.in(ReferralStatus.RECEIVED);
        accepted.act(ReferralAction.ACCEPT, Side.PARTNER, "partner-client", "ignored", NOW);
        assertThat(accepted.statusReason()).isNull();
    }

    static Stream<Arguments> completions() {
        return Stream.of(
                // specialty, report, opinion, recommendation, accepted
                Arguments.of(Specialty.PSYCHOLOGIST, "Six sessions done", null, null, true),
                Arguments.of(Specialty.PSYCHOLOGIST, "Six sessions done", null, "Keep practising", true),
                Arguments.of(Specialty.PSYCHOLOGIST, null, null, null, false),
                Arguments.of(Specialty.PSYCHOLOGIST, " ", null, null, false),
                Arguments.of(Specialty.PSYCHOLOGIST, "Report", SecondOpinion.AGREES, "Proceed", false),
                Arguments.of(Specialty.SECOND_OPINION_PHYSICIAN, "Reviewed imaging", SecondOpinion.AGREES, "Proceed",
                        true),
                Arguments.of(Specialty.SECOND_OPINION_PHYSICIAN, "Reviewed imaging", SecondOpinion.ALTERNATIVE,
                        "Try 12 weeks of PT first", true),
                Arguments.of(Specialty.SECOND_OPINION_PHYSICIAN, "Reviewed imaging", null, "Proceed", false),
                Arguments.of(Specialty.SECOND_OPINION_PHYSICIAN, "Reviewed imaging", SecondOpinion.DISAGREES, null,
                        false),
                Arguments.of(Specialty.SECOND_OPINION_PHYSICIAN, "Reviewed imaging", SecondOpinion.DISAGREES, "  ",
                        false));
    }

    @ParameterizedTest(name = "{0} report={1} opinion={2} recommendation={3}: accepted={4}")
    @MethodSource("completions")
    void completingCarriesTheReportAndASecondOpinionItsVerdict(Specialty specialty, String report,
            SecondOpinion opinion, String recommendation, boolean accepted) {
        Referral referral = Referrals.in(ReferralStatus.IN_PROGRESS, specialty);
        if (accepted) {
            assertThat(referral.complete(Side.PARTNER, "partner-client", report, opinion, recommendation, NOW))
                    .isTrue();
            assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
            assertThat(referral.completion()).isEqualTo(new Completion(report, opinion, recommendation, NOW));
            assertThat(((ReferralChanged) referral.outbox().recordedEvents().getLast()).completion())
                    .isEqualTo(referral.completion());
        } else {
            assertThatThrownBy(() -> referral.complete(Side.PARTNER, "partner-client", report, opinion,
                    recommendation, NOW)).isInstanceOf(ReferralRuleException.class);
            assertThat(referral.status()).isEqualTo(ReferralStatus.IN_PROGRESS);
            assertThat(referral.completion()).isNull();
        }
    }

    @Test
    void completingAgainKeepsTheFirstReport() {
        Referral referral = Referrals.in(ReferralStatus.COMPLETED);
        Completion first = referral.completion();
        assertThat(referral.complete(Side.PARTNER, "partner-client", "Another report", null, null, NOW)).isFalse();
        assertThat(referral.completion()).isEqualTo(first);
    }

    @Test
    void assigningGivesTheReferralToAPartnerThatOffersTheSpecialty() {
        Referral referral = Referrals.requested(Specialty.PSYCHOLOGIST);
        referral.outbox().drainRecorded();
        assertThat(referral.assign(Referrals.PSYCHOLOGY, "coordinator", NOW)).isTrue();
        assertThat(referral.partnerId()).isEqualTo("psychology");
        assertThat(referral.partnerName()).isEqualTo("Partner psychology");
        assertThat(referral.isAssignedTo("psychology")).isTrue();
        assertThat(referral.isAssignedTo("second-opinion")).isFalse();
        assertThat(referral.outbox().recordedEvents()).singleElement().isInstanceOfSatisfying(ReferralChanged.class,
                event -> {
                    assertThat(event.change()).isEqualTo(ReferralChange.ASSIGNED);
                    assertThat(event.change().byClinic()).isTrue();
                    assertThat(event.partnerId()).isEqualTo("psychology");
                });
        assertThat(referral.assign(Referrals.PSYCHOLOGY, "coordinator", NOW)).as("the same partner again").isFalse();
    }

    @Test
    void aPartnerThatDoesNotOfferTheSpecialtyOrIsDeactivatedIsRefused() {
        Referral referral = Referrals.requested(Specialty.PSYCHOLOGIST);
        assertThatThrownBy(() -> referral.assign(Referrals.SECOND_OPINION, "coordinator", NOW))
                .isInstanceOf(ReferralRuleException.class).hasMessageContaining("does not offer PSYCHOLOGIST");
        Partner deactivated = Referrals.partner("gone", Specialty.PSYCHOLOGIST);
        deactivated.deactivate(NOW);
        assertThatThrownBy(() -> referral.assign(deactivated, "coordinator", NOW))
                .isInstanceOf(ReferralRuleException.class).hasMessageContaining("deactivated");
        assertThat(referral.partnerId()).isNull();
    }

    @Test
    void anAssignedOrProgressedReferralIsNotReassigned() {
        Referral assigned = Referrals.in(ReferralStatus.REQUESTED);
        Partner other = Referrals.partner("other", Specialty.PSYCHOLOGIST);
        assertThatThrownBy(() -> assigned.assign(other, "coordinator", NOW))
                .isInstanceOf(IllegalReferralTransitionException.class);
        Referral cancelled = Referrals.requested(Specialty.PSYCHOLOGIST);
        cancelled.act(ReferralAction.CANCEL, Side.CLINIC, "coordinator", null, NOW);
        assertThatThrownBy(() -> cancelled.assign(Referrals.PSYCHOLOGY, "coordinator", NOW))
                .isInstanceOf(IllegalReferralTransitionException.class).hasMessageContaining("CANCELLED");
        Referral started = Referrals.in(ReferralStatus.IN_PROGRESS);
        assertThatThrownBy(() -> started.assign(Referrals.PSYCHOLOGY, "coordinator", NOW))
                .as("even to the partner it has").isInstanceOf(IllegalReferralTransitionException.class);
    }

    static Stream<Arguments> appointmentStatuses() {
        return Stream.of(ReferralStatus.values()).map(status -> Arguments.of(status,
                status == ReferralStatus.ACCEPTED || status == ReferralStatus.IN_PROGRESS
                        || status == ReferralStatus.ON_HOLD));
    }

    @ParameterizedTest(name = "appointment while {0}: {1}")
    @MethodSource("appointmentStatuses")
    void anAppointmentIsSetOnceAcceptedAndUntilTheReferralEnds(ReferralStatus status, boolean allowed) {
        Referral referral = Referrals.in(status);
        Instant start = NOW.plus(Duration.ofDays(10));
        if (allowed) {
            assertThat(referral.schedule(Side.PARTNER, start, "partner-client", NOW)).isTrue();
            assertThat(referral.appointment()).isEqualTo(new Appointment(start, "partner-client", NOW));
            assertThat(referral.status()).as("scheduling changes no status").isEqualTo(status);
            assertThat(((ReferralChanged) referral.outbox().recordedEvents().getLast()).change())
                    .isEqualTo(ReferralChange.APPOINTMENT_SCHEDULED);
        } else {
            assertThatThrownBy(() -> referral.schedule(Side.PARTNER, start, "partner-client", NOW))
                    .isInstanceOf(IllegalReferralTransitionException.class);
            assertThat(referral.appointment()).isNull();
        }
    }

    @ParameterizedTest(name = "start {0} days from now")
    @ValueSource(longs = {-8, 367, 5000})
    void anAppointmentLiesBetweenAWeekBackAndACalendarYearAhead(long days) {
        Referral referral = Referrals.in(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> referral.schedule(Side.PARTNER, NOW.plus(Duration.ofDays(days)), "p", NOW))
                .isInstanceOf(ReferralRuleException.class);
    }

    @ParameterizedTest(name = "start {0} days from now")
    @ValueSource(longs = {-7, 0, 1, 364})
    void anAppointmentWithinTheBoundsIsAccepted(long days) {
        Referral referral = Referrals.in(ReferralStatus.ACCEPTED);
        assertThat(referral.schedule(Side.PARTNER, NOW.plus(Duration.ofDays(days)), "p", NOW)).isTrue();
    }

    @Test
    void aYearAheadIsTheSameDateNextYear() {
        Instant sameDateNextYear = Instant.parse("2027-11-29T10:00:00Z");
        assertThat(Referrals.in(ReferralStatus.ACCEPTED).schedule(Side.PARTNER, sameDateNextYear, "p", NOW)).isTrue();
        assertThatThrownBy(() -> Referrals.in(ReferralStatus.ACCEPTED).schedule(Side.PARTNER,
                sameDateNextYear.plusSeconds(1), "p", NOW)).isInstanceOf(ReferralRuleException.class);
    }

    @Test
    void theSameAppointmentAgainChangesNothingAndAMovedOneIsAChange() {
        Referral referral = Referrals.in(ReferralStatus.ACCEPTED);
        Instant start = NOW.plus(Duration.ofDays(3));
        referral.schedule(Side.PARTNER, start, "p", NOW);
        referral.outbox().drainRecorded();
        assertThat(referral.schedule(Side.PARTNER, start, "p", NOW)).isFalse();
        assertThat(referral.outbox().recordedEvents()).isEmpty();
        assertThat(referral.schedule(Side.PARTNER, start.plusSeconds(3600), "p", NOW)).isTrue();
    }

    @Test
    void theClinicDoesNotScheduleThePartnersAppointment() {
        Referral referral = Referrals.in(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> referral.schedule(Side.CLINIC, NOW.plusSeconds(60), "coordinator", NOW))
                .isInstanceOf(WrongSideException.class);
    }

    @ParameterizedTest
    @EnumSource(ReferralPriority.class)
    void theClinicExpectsAnUrgentReferralWithinAWeekAndARoutineOneWithinAMonth(ReferralPriority priority) {
        Referral referral = Referral.requested("r", "p", "pt", null, Specialty.PSYCHOLOGIST, priority, "why", null,
                "c", NOW, NOW);
        assertThat(referral.respondBy()).isEqualTo(NOW.plus(Duration.ofDays(
                priority == ReferralPriority.URGENT ? 7 : 30)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "psychology-other"})
    void onlyTheAssignedPartnerSeesTheReferral(String partnerId) {
        assertThat(Referrals.in(ReferralStatus.ACCEPTED).isAssignedTo(partnerId)).isFalse();
    }
}
