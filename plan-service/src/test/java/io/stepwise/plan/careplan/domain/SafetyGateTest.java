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
/** Blocking findings stop the changes their rules gate; warnings stop nothing. */
class SafetyGateTest {

    @Test
    void addingIsNeverRefusedForAFindingTheFindingIsRecorded() {
        var plan = CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, CLINICIAN, NOW, RULES);

        plan.add(CLINICIAN, additions(reviewed("a1", "nsaid", TODAY.plusWeeks(4)),
                reviewed("a2", "nsaid", TODAY.plusWeeks(4))), LATER, RULES);

        assertThat(plan.activities()).hasSize(2);
        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).containsExactly("INTERACTION BLOCK a1 a2",
                "MEASURABLE_GOAL BLOCK");
    }

    static Stream<Arguments> activationScenarios() {
        return Stream.of(
                scenario("two NSAIDs (MAJOR)", plan -> add(plan, reviewed("a1", "nsaid", TODAY.plusWeeks(4)),
                        reviewed("a2", "nsaid", TODAY.plusWeeks(4))), "INTERACTION a1 a2"),
                scenario("a medication without a review date", plan -> add(plan, activity("a1", "nsaid")),
                        "MEDICATION_MONITORING a1"),
                scenario("an opioid without safeguards", plan -> add(plan, reviewed("a1", "narcotic-pain-medication",
                        TODAY.plusWeeks(2))), "OPIOID_SAFEGUARDS a1"),
                scenario("an opioid at 90 MME/day", plan -> safeguardedOpioid(plan, "a1", 45), "OPIOID_DOSE a1"),
                scenarioWithoutGoal("no goal with a target", plan -> plan.add(CLINICIAN, PlanAdditions.goal(
                        new NewGoal("g2", Aim.REDUCE_PAIN, Measure.NRS, null, null)), NOW, NO_FINDINGS),
                        "MEASURABLE_GOAL"),
                scenarioWithoutGoal("several at once", plan -> add(plan, activity("a1", "nsaid"),
                        activity("a2", "nsaid")), "INTERACTION a1 a2", "MEDICATION_MONITORING a1",
                        "MEDICATION_MONITORING a2", "MEASURABLE_GOAL"),
                scenario("a complementary treatment not cleared", plan -> add(plan, activity("a1", "acupuncture"))),
                scenario("a procedure not discussed", plan -> add(plan, activity("a1", "spine-surgery"))),
                scenario("physical therapy without a HEP", plan -> add(plan, activity("a1", "stretching-program"))),
                scenario("coping skills whose referral was cancelled", plan -> {
                    add(plan, activity("a1", "coping-skills-anxiety"));
                    plan.applyReferralUpdate(referralUpdate(plan.referrals().getFirst().id(), 1,
                            ReferralStatus.CANCELLED), NO_FINDINGS);
                }),
                scenario("a MODERATE interaction", plan -> add(plan, reviewed("a1", "muscle-relaxant",
                        TODAY.plusWeeks(4)), reviewed("a2", "antidepressant-nerve-stabilizer", TODAY.plusWeeks(4)))),
                scenario("an opioid at 60 MME/day", plan -> safeguardedOpioid(plan, "a1", 30)),
                scenario("a review date that has passed", plan -> plan.add(CLINICIAN, PlanAdditions.activity(
                        reviewed("a1", "nsaid", TODAY.minusDays(1))), NOW.minus(java.time.Duration.ofDays(2)),
                        NO_FINDINGS)));
    }

    @ParameterizedTest(name = "{0} → blocked by {1}")
    @MethodSource("activationScenarios")
    void aBlockStopsActivationAndAWarningDoesNot(PlanSetup setup, List<String> blocking) {
        var plan = draftPlan();
        setup.accept(plan);
        var activities = plan.activities();

        if (blocking.isEmpty()) {
            plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES);
            assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
        } else {
            assertThatExceptionOfType(SafetyBlockException.class)
                    .isThrownBy(() -> plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES))
                    .satisfies(block -> {
                        assertThat(block.blocking()).extracting(f -> (f.rule() + " "
                                + String.join(" ", f.activityIds())).trim()).containsExactlyElementsOf(blocking);
                        blocking.forEach(rule -> assertThat(block.getMessage()).contains(rule.split(" ")[0]));
                    });
            assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
            assertThat(plan.updatedAt()).isEqualTo(NOW);
            assertThat(plan.activities()).isEqualTo(activities);
        }
    }

    @Test
    void aBlockStopsResumingThePlan() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        add(plan, reviewed("a1", "nsaid", TODAY.plusWeeks(4)));
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, NOW, RULES);
        plan.apply(CLINICIAN, PlanAction.HOLD, NOW, RULES);
        plan.add(CLINICIAN, additions(reviewed("a2", "nsaid", TODAY.plusWeeks(4))), NOW, RULES);

        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.apply(CLINICIAN, PlanAction.RESUME, LATER, RULES))
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanSteps::describeWithRule)
                        .containsExactly("INTERACTION BLOCK a1 a2"));
        assertThat(plan.status()).isEqualTo(CarePlanStatus.ON_HOLD);

        plan.changeActivityStatus(CLINICIAN, "a2", CANCELLED, LATER, RULES);
        plan.apply(CLINICIAN, PlanAction.RESUME, LATER, RULES);
        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
    }

    @Test
    void physicalTherapyWithoutAHomeExerciseProgramStopsCompletion() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        add(plan, activity("a1", "stretching-program"), activity("a2", "acupuncture"));
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, NOW, RULES);

        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.apply(CLINICIAN, PlanAction.COMPLETE, LATER, RULES))
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanSteps::describeWithRule)
                        .containsExactly("HEP_BEFORE_DISCHARGE BLOCK a1"));
        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);

        plan.add(CLINICIAN, additions(activity("a3", "home-exercise-program")), LATER, RULES);
        plan.apply(CLINICIAN, PlanAction.COMPLETE, LATER, RULES);
        assertThat(plan.status()).isEqualTo(CarePlanStatus.COMPLETED);
    }

    @Test
    void aBlockStopsOnlyTheStartOfTheActivityItConcerns() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        add(plan, activity("a1", "stretching-program"), activity("a2", "acupuncture"),
                activity("a3", "epidural-steroid-injection"));
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, NOW, RULES);

        plan.changeActivityStatus(CLINICIAN, "a1", IN_PROGRESS, LATER, RULES);
        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "a2", IN_PROGRESS, LATER, RULES))
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanSteps::describeWithRule)
                        .containsExactly("COMPLEMENTARY_CLEARANCE BLOCK a2"));
        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "a3", SCHEDULED, LATER, RULES))
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanSteps::describeWithRule)
                        .containsExactly("PROCEDURE_RISK_BENEFIT BLOCK a3"));
        assertThat(plan.activities()).extracting(Activity::status).containsExactly(IN_PROGRESS, NOT_STARTED,
                NOT_STARTED);

        plan.recordClearance(CLINICIAN, "a2", "No contraindication", LATER, RULES);
        plan.changeActivityStatus(CLINICIAN, "a2", IN_PROGRESS, LATER, RULES);
        discuss(plan, "a3", PatientDecision.PROCEED, false, RULES);
        plan.changeActivityStatus(CLINICIAN, "a3", SCHEDULED, LATER, RULES);
        assertThat(plan.activities()).extracting(Activity::status).containsExactly(IN_PROGRESS, IN_PROGRESS,
                SCHEDULED);
    }

    @Test
    void cancellingABlockedActivityIsNotStartingIt() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        add(plan, activity("a1", "acupuncture"));
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, NOW, RULES);

        plan.changeActivityStatus(CLINICIAN, "a1", CANCELLED, LATER, RULES);

        assertThat(statusOf(plan, "a1")).isEqualTo(CANCELLED);
        assertThat(plan.findings()).isEmpty();
    }

    @Test
    void aWarningDoesNotStopAnActivityFromStarting() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        add(plan, reviewed("a1", "muscle-relaxant", TODAY.plusWeeks(4)),
                reviewed("a2", "antidepressant-nerve-stabilizer", TODAY.plusWeeks(4)));
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, NOW, RULES);

        plan.changeActivityStatus(CLINICIAN, "a1", IN_PROGRESS, LATER, RULES);
        plan.changeActivityStatus(CLINICIAN, "a2", SCHEDULED, LATER, RULES);

        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).containsExactly("INTERACTION WARNING a1 a2");
        assertThat(plan.activities()).extracting(Activity::status).containsExactly(IN_PROGRESS, SCHEDULED);
    }
}
