package io.stepwise.plan.careplan.domain;

import static io.stepwise.plan.careplan.domain.CarePlanSteps.*;
import static io.stepwise.plan.careplan.domain.ActivityStatus.CANCELLED;
import static io.stepwise.plan.careplan.domain.ActivityStatus.COMPLETED;
import static io.stepwise.plan.careplan.domain.ActivityStatus.IN_PROGRESS;
import static io.stepwise.plan.careplan.domain.ActivityStatus.NOT_STARTED;
import static io.stepwise.plan.careplan.domain.ActivityStatus.ON_HOLD;
import static io.stepwise.plan.careplan.domain.ActivityStatus.SCHEDULED;
import static io.stepwise.plan.careplan.domain.ActivityStatus.STOPPED;
import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINIC_ADMIN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.COORDINATOR;
import static io.stepwise.plan.careplan.domain.PlanFixtures.INTERACTION_RULES;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.OTHER_CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.PATIENT;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TREATING_PHYSICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.activity;
import static io.stepwise.plan.careplan.domain.PlanFixtures.add;
import static io.stepwise.plan.careplan.domain.PlanFixtures.addGoal;
import static io.stepwise.plan.careplan.domain.PlanFixtures.apply;
import static io.stepwise.plan.careplan.domain.PlanFixtures.completeSafeguards;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.measurableGoal;
import static io.stepwise.plan.careplan.domain.PlanFixtures.moveTo;
import static io.stepwise.plan.careplan.domain.PlanFixtures.opioid;
import static io.stepwise.plan.careplan.domain.PlanFixtures.oral;
import static io.stepwise.plan.careplan.domain.PlanFixtures.referralTo;
import static io.stepwise.plan.careplan.domain.PlanFixtures.referralUpdate;
import static io.stepwise.plan.careplan.domain.PlanFixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.stepwise.plan.careplan.domain.CarePlanSteps.PlanChange;
import io.stepwise.plan.careplan.domain.CarePlanSteps.PlanSetup;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.outcome.domain.Measure;
import io.stepwise.plan.safety.domain.SafetyContext;
import io.stepwise.plan.safety.domain.SafetyEngine;
/** Clinical records on the right kind of activity, closed plans, and outcome times. */
class PlanRecordsTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            clearance     | stretching-program
            clearance     | nsaid
            clearance     | spine-surgery
            risk/benefit  | acupuncture
            risk/benefit  | nsaid
            risk/benefit  | stretching-program
            safeguards    | nsaid
            safeguards    | muscle-relaxant
            safeguards    | spine-surgery
            """)
    void aRecordOnTheWrongKindOfActivityIsRefused(String record, String treatmentId) {
        var plan = draftPlan();
        add(plan, activity("a1", treatmentId));
        var activities = plan.activities();

        assertThatExceptionOfType(PlanRuleException.class).isThrownBy(() -> {
            switch (record) {
                case "clearance" -> plan.recordClearance(CLINICIAN, "a1", "Cleared", LATER, RULES);
                case "risk/benefit" -> discuss(plan, "a1", PatientDecision.PROCEED, true, RULES);
                default -> plan.recordOpioidSafeguards(CLINICIAN, "a1", completeSafeguards(), LATER, RULES);
            }
        });
        assertThat(plan.activities()).isEqualTo(activities);
        assertThat(plan.referrals()).isEmpty();
    }

    @Test
    void opioidsAndOnlyOpioidsCarryAnOpioidDose() {
        var plan = draftPlan();
        var undosedOpioid = activity("a1", "narcotic-pain-medication", ActivityDetails.NONE);
        var dosedTherapy = activity("a2", "stretching-program", new ActivityDetails(null, null, null, null,
                oral(Opioid.MORPHINE, 10, 2)));

        assertThatExceptionOfType(PlanRuleException.class)
                .isThrownBy(() -> plan.add(CLINICIAN, additions(undosedOpioid), LATER, RULES));
        assertThatExceptionOfType(PlanRuleException.class)
                .isThrownBy(() -> plan.add(CLINICIAN, additions(dosedTherapy), LATER, RULES));
        assertThat(plan.activities()).isEmpty();
    }

    static Stream<Arguments> changesToAClosedPlan() {
        var changes = Stream.<Named<PlanChange>>of(
                Named.of("add an activity", (plan, by) -> plan.add(by, additions(activity("a9", "tens")), LATER,
                        NO_FINDINGS)),
                Named.of("set a goal", (plan, by) -> plan.add(by, PlanAdditions.goal(measurableGoal("g9")), LATER,
                        NO_FINDINGS)),
                Named.of("request a referral", (plan, by) -> plan.add(by, PlanAdditions.referral(
                        referralTo(Specialty.SURGEON)), LATER, NO_FINDINGS)),
                Named.of("move an activity", (plan, by) -> plan.changeActivityStatus(by, "a1", STOPPED, LATER,
                        NO_FINDINGS)),
                Named.of("record a clearance", (plan, by) -> plan.recordClearance(by, "a2", "Ok", LATER,
                        NO_FINDINGS)),
                Named.of("record a risk/benefit discussion", (plan, by) -> discuss(plan, by, "a3",
                        PatientDecision.PROCEED, false, NO_FINDINGS)),
                Named.of("record opioid safeguards", (plan, by) -> plan.recordOpioidSafeguards(by, "a4",
                        completeSafeguards(), LATER, NO_FINDINGS)),
                Named.of("override a finding", (plan, by) -> plan.override(by, "any", "Because", LATER,
                        NO_FINDINGS)),
                Named.of("record an outcome", (plan, by) -> plan.recordOutcome(by, "o1", Measure.NRS, List.of(3),
                        LATER, LATER, NO_FINDINGS)));
        return changes.flatMap(change -> Stream.of(arguments(CarePlanStatus.COMPLETED, change),
                arguments(CarePlanStatus.REVOKED, change)));
    }

    @ParameterizedTest(name = "a {0} plan refuses to {1}")
    @MethodSource("changesToAClosedPlan")
    void aCompletedOrRevokedPlanRefusesChanges(CarePlanStatus closed, PlanChange change) {
        var plan = draftPlan();
        add(plan, activity("a1", "stretching-program"), activity("a2", "acupuncture"), activity("a3", "spine-surgery"),
                activity("a4", "narcotic-pain-medication"));
        apply(plan, PlanAction.ACTIVATE);
        moveTo(plan, "a1", IN_PROGRESS);
        apply(plan, closed == CarePlanStatus.COMPLETED ? PlanAction.COMPLETE : PlanAction.REVOKE);
        var activities = plan.activities();

        assertThatExceptionOfType(IllegalPlanTransitionException.class).isThrownBy(() -> change.apply(plan, CLINICIAN));
        assertThat(plan.activities()).isEqualTo(activities);
        assertThat(plan.goals()).isEmpty();
        assertThat(plan.outcomes()).isEmpty();
        assertThat(plan.status()).isEqualTo(closed);
    }

    @ParameterizedTest(name = "recorded {0} s from now: accepted {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -2592000 | true
                   0 | true
                 300 | true
                 301 | false
               86400 | false
            """)
    void anOutcomeCannotBeRecordedInTheFuture(long secondsFromNow, boolean accepted) {
        var plan = draftPlan();
        var recordedAt = LATER.plusSeconds(secondsFromNow);

        if (accepted) {
            var outcome = plan.recordOutcome(COORDINATOR, "o1", Measure.NRS, List.of(6), recordedAt, LATER, RULES);
            assertThat(outcome.score()).isEqualTo(6.0);
            assertThat(outcome.recordedBy()).isEqualTo("cc-kim");
            assertThat(plan.outcomes()).containsExactly(outcome);
        } else {
            assertThatExceptionOfType(PlanRuleException.class).isThrownBy(
                    () -> plan.recordOutcome(COORDINATOR, "o1", Measure.NRS, List.of(6), recordedAt, LATER, RULES));
            assertThat(plan.outcomes()).isEmpty();
        }
    }
}
