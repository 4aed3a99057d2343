package io.stepwise.plan.careplan.domain;

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

import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.outcome.domain.Measure;
import io.stepwise.plan.safety.domain.SafetyContext;
import io.stepwise.plan.safety.domain.SafetyEngine;

class CarePlanTest {

    private static final SafetyCheck RULES = SafetyEngine.standard(new SafetyContext(INTERACTION_RULES, TODAY));
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    // ---- plan status ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "refused", textBlock = """
            DRAFT     | ACTIVATE | ACTIVE
            DRAFT     | HOLD     | refused
            DRAFT     | RESUME   | refused
            DRAFT     | COMPLETE | refused
            DRAFT     | REVOKE   | REVOKED
            ACTIVE    | ACTIVATE | refused
            ACTIVE    | HOLD     | ON_HOLD
            ACTIVE    | RESUME   | refused
            ACTIVE    | COMPLETE | COMPLETED
            ACTIVE    | REVOKE   | REVOKED
            ON_HOLD   | ACTIVATE | refused
            ON_HOLD   | HOLD     | refused
            ON_HOLD   | RESUME   | ACTIVE
            ON_HOLD   | COMPLETE | refused
            ON_HOLD   | REVOKE   | REVOKED
            COMPLETED | ACTIVATE | refused
            COMPLETED | HOLD     | refused
            COMPLETED | RESUME   | refused
            COMPLETED | COMPLETE | refused
            COMPLETED | REVOKE   | refused
            REVOKED   | ACTIVATE | refused
            REVOKED   | HOLD     | refused
            REVOKED   | RESUME   | refused
            REVOKED   | COMPLETE | refused
            REVOKED   | REVOKE   | refused
            """)
    void everyPlanActionFromEveryStatus(CarePlanStatus from, PlanAction action, CarePlanStatus expected) {
        var plan = planIn(from);

        if (expected == null) {
            assertThatExceptionOfType(IllegalPlanTransitionException.class)
                    .isThrownBy(() -> plan.apply(CLINICIAN, action, LATER, NO_FINDINGS));
            assertThat(plan.status()).isEqualTo(from);
            assertThat(plan.updatedAt()).isEqualTo(NOW);
        } else {
            plan.apply(CLINICIAN, action, LATER, NO_FINDINGS);
            assertThat(plan.status()).isEqualTo(expected);
            assertThat(plan.updatedAt()).isEqualTo(LATER);
        }
    }

    // ---- activity status -----------------------------------------------------------------------------------------

    private static final Map<ActivityStatus, Set<ActivityStatus>> LEGAL_MOVES = Map.of(
            NOT_STARTED, EnumSet.of(SCHEDULED, IN_PROGRESS, CANCELLED),
            SCHEDULED, EnumSet.of(IN_PROGRESS, NOT_STARTED, CANCELLED),
            IN_PROGRESS, EnumSet.of(ON_HOLD, COMPLETED, STOPPED),
            ON_HOLD, EnumSet.of(IN_PROGRESS, STOPPED),
            COMPLETED, EnumSet.noneOf(ActivityStatus.class),
            CANCELLED, EnumSet.noneOf(ActivityStatus.class),
            STOPPED, EnumSet.noneOf(ActivityStatus.class));

    static Stream<Arguments> everyActivityMove() {
        return Arrays.stream(ActivityStatus.values()).flatMap(from -> Arrays.stream(ActivityStatus.values())
                .map(to -> arguments(from, to, from == to ? "no-op" : LEGAL_MOVES.get(from).contains(to) ? "moves"
                        : "refused")));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyActivityMove")
    void everyActivityMoveFromEveryStatus(ActivityStatus from, ActivityStatus to, String outcome) {
        var plan = planIn(CarePlanStatus.ACTIVE);
        add(plan, activity("a1", "stretching-program"));
        moveTo(plan, "a1", from);
        var before = plan.updatedAt();

        switch (outcome) {
            case "moves" -> {
                assertThat(plan.changeActivityStatus(CLINICIAN, "a1", to, LATER, NO_FINDINGS).status()).isEqualTo(to);
                assertThat(statusOf(plan, "a1")).isEqualTo(to);
                assertThat(plan.updatedAt()).isEqualTo(LATER);
            }
            case "no-op" -> {
                assertThat(plan.changeActivityStatus(CLINICIAN, "a1", to, LATER, NO_FINDINGS).status()).isEqualTo(from);
                assertThat(plan.updatedAt()).isEqualTo(before);
            }
            default -> {
                assertThatExceptionOfType(IllegalPlanTransitionException.class)
                        .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "a1", to, LATER, NO_FINDINGS));
                assertThat(statusOf(plan, "a1")).isEqualTo(from);
            }
        }
    }

    @ParameterizedTest(name = "in a {0} plan NOT_STARTED → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "refused", textBlock = """
            DRAFT   | SCHEDULED   | refused
            DRAFT   | IN_PROGRESS | refused
            DRAFT   | CANCELLED   | CANCELLED
            ON_HOLD | SCHEDULED   | refused
            ON_HOLD | IN_PROGRESS | refused
            ON_HOLD | CANCELLED   | CANCELLED
            ACTIVE  | SCHEDULED   | SCHEDULED
            ACTIVE  | IN_PROGRESS | IN_PROGRESS
            """)
    void activitiesStartOnlyInAnActivePlan(CarePlanStatus planStatus, ActivityStatus to, ActivityStatus expected) {
        var plan = draftPlan();
        add(plan, activity("a1", "stretching-program"));
        if (planStatus != CarePlanStatus.DRAFT) {
            apply(plan, PlanAction.ACTIVATE);
        }
        if (planStatus == CarePlanStatus.ON_HOLD) {
            apply(plan, PlanAction.HOLD);
        }

        if (expected == null) {
            assertThatExceptionOfType(IllegalPlanTransitionException.class)
                    .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "a1", to, LATER, NO_FINDINGS))
                    .withMessageContaining("only in an ACTIVE plan");
            assertThat(statusOf(plan, "a1")).isEqualTo(NOT_STARTED);
        } else {
            plan.changeActivityStatus(CLINICIAN, "a1", to, LATER, NO_FINDINGS);
            assertThat(statusOf(plan, "a1")).isEqualTo(expected);
        }
    }

    @Test
    void anUnknownActivityIsNotFound() {
        var plan = planIn(CarePlanStatus.ACTIVE);

        assertThatExceptionOfType(UnknownPlanPartException.class)
                .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "nope", IN_PROGRESS, LATER, NO_FINDINGS));
    }

    // ---- safety gates --------------------------------------------------------------------------------------------

    @Test
    void addingIsNeverRefusedForAFindingTheFindingIsRecorded() {
        var plan = CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, CLINICIAN, NOW, RULES);

        plan.add(CLINICIAN, additions(reviewed("a1", "nsaid", TODAY.plusWeeks(4)),
                reviewed("a2", "nsaid", TODAY.plusWeeks(4))), LATER, RULES);

        assertThat(plan.activities()).hasSize(2);
        assertThat(plan.findings()).extracting(CarePlanTest::describe).containsExactly("INTERACTION BLOCK a1 a2",
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
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanTest::describe)
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
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanTest::describe)
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
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanTest::describe)
                        .containsExactly("COMPLEMENTARY_CLEARANCE BLOCK a2"));
        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "a3", SCHEDULED, LATER, RULES))
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanTest::describe)
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

        assertThat(plan.findings()).extracting(CarePlanTest::describe).containsExactly("INTERACTION WARNING a1 a2");
        assertThat(plan.activities()).extracting(Activity::status).containsExactly(IN_PROGRESS, SCHEDULED);
    }

    // ---- overrides -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} overridable: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            INTERACTION              | true
            MEDICATION_MONITORING    | false
            OPIOID_SAFEGUARDS        | false
            OPIOID_DOSE              | true
            COMPLEMENTARY_CLEARANCE  | false
            PROCEDURE_RISK_BENEFIT   | false
            HEP_BEFORE_DISCHARGE     | false
            COPING_SKILLS_SPECIALIST | false
            MEASURABLE_GOAL          | false
            """)
    void onlyInteractionAndOpioidDoseFindingsCanBeOverridden(SafetyRuleId rule, boolean overridable) {
        var finding = Finding.of(rule, FindingSeverity.BLOCK, List.of(), "", "Found");
        SafetyCheck finds = plan -> List.of(finding);
        var plan = CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, CLINICIAN, NOW, finds);

        if (overridable) {
            var overridden = plan.override(CLINICIAN, finding.id(), "Benefits outweigh the risk", LATER, finds);
            var expected = new FindingOverride(TREATING_PHYSICIAN, "Benefits outweigh the risk", LATER);
            assertThat(overridden.override()).isEqualTo(expected);
            assertThat(plan.findings()).extracting(Finding::override).containsExactly(expected);
            assertThat(plan.findings().getFirst().blocks(SafetyGate.PLAN_ACTIVATION)).isFalse();
        } else {
            assertThatExceptionOfType(PlanRuleException.class)
                    .isThrownBy(() -> plan.override(CLINICIAN, finding.id(), "Trust me", LATER, finds))
                    .withMessageStartingWith(rule + " cannot be overridden");
            assertThat(plan.findings()).extracting(Finding::override).containsOnlyNulls();
        }
    }

    @Test
    void anInteractionOverrideLiftsTheBlockAndLastsWhileTheFindingRemains() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        plan.add(CLINICIAN, additions(reviewed("a1", "nsaid", TODAY.plusWeeks(4)),
                reviewed("a2", "nsaid", TODAY.plusWeeks(4))), NOW, RULES);
        var finding = plan.findings().getFirst();
        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES));

        plan.override(OTHER_CLINICIAN, finding.id(), "Short course, stomach protected", LATER, RULES);
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES);
        plan.recordOutcome(COORDINATOR, "o1", Measure.NRS, List.of(6), LATER, LATER, RULES);
        plan.add(CLINICIAN, additions(activity("a3", "stretching-program")), LATER, RULES);
        plan.changeActivityStatus(CLINICIAN, "a1", IN_PROGRESS, LATER, RULES);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(plan.findings()).filteredOn(f -> f.rule() == SafetyRuleId.INTERACTION).singleElement()
                .satisfies(kept -> {
                    assertThat(kept.id()).isEqualTo(finding.id());
                    assertThat(kept.override()).isEqualTo(new FindingOverride("dr-park",
                            "Short course, stomach protected", LATER));
                });

        plan.changeActivityStatus(CLINICIAN, "a2", CANCELLED, LATER, RULES);
        plan.add(CLINICIAN, additions(reviewed("a4", "nsaid", TODAY.plusWeeks(4))), LATER, RULES);
        assertThat(plan.findings()).filteredOn(f -> f.rule() == SafetyRuleId.INTERACTION).singleElement()
                .satisfies(fresh -> {
                    assertThat(fresh.activityIds()).containsExactly("a1", "a4");
                    assertThat(fresh.override()).isNull();
                });
        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.changeActivityStatus(CLINICIAN, "a4", IN_PROGRESS, LATER, RULES));
    }

    @Test
    void anOpioidDoseOverrideLiftsItsBlock() {
        var plan = draftPlan();
        addGoal(plan, measurableGoal("g1"));
        safeguardedOpioid(plan, "a1", 45);
        assertThatExceptionOfType(SafetyBlockException.class)
                .isThrownBy(() -> plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES))
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanTest::describe)
                        .containsExactly("OPIOID_DOSE BLOCK a1"));

        plan.override(CLINICIAN, plan.findings().getFirst().id(), "Tapering from a higher dose", LATER, RULES);
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES);
        plan.changeActivityStatus(CLINICIAN, "a1", IN_PROGRESS, LATER, RULES);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(statusOf(plan, "a1")).isEqualTo(IN_PROGRESS);
        assertThat(plan.findings()).extracting(CarePlanTest::describe).containsExactly("OPIOID_DOSE BLOCK a1");
    }

    @Test
    void aFindingIsOverriddenOnce() {
        var plan = draftPlan();
        plan.add(CLINICIAN, additions(activity("a1", "nsaid"), activity("a2", "nsaid")), NOW, RULES);
        var finding = plan.findings().getFirst();
        plan.override(CLINICIAN, finding.id(), "First", NOW, RULES);

        assertThatExceptionOfType(IllegalPlanTransitionException.class)
                .isThrownBy(() -> plan.override(OTHER_CLINICIAN, finding.id(), "Second", LATER, RULES));
        assertThat(plan.findings().getFirst().override()).isEqualTo(new FindingOverride("dr-lee", "First", NOW));
    }

    @Test
    void anUnknownFindingCannotBeOverridden() {
        var plan = draftPlan();
        plan.add(CLINICIAN, additions(activity("a1", "nsaid"), activity("a2", "nsaid")), NOW, RULES);

        assertThatExceptionOfType(UnknownPlanPartException.class)
                .isThrownBy(() -> plan.override(CLINICIAN, "no-such-finding", "Because", LATER, RULES));
    }

    // ---- roles ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} adds {1}: permitted {2}")
    @CsvSource(delimiter = '|', textBlock = """
            coordinator | nsaid                      | false
            coordinator | muscle-relaxant            | false
            coordinator | narcotic-pain-medication   | false
            coordinator | epidural-steroid-injection | false
            coordinator | spine-surgery              | false
            coordinator | stretching-program         | true
            coordinator | home-exercise-program      | true
            coordinator | tens                       | true
            coordinator | coping-skills-anxiety      | true
            coordinator | acupuncture                | true
            coordinator | magnet-therapy             | true
            clinician   | nsaid                      | true
            clinician   | narcotic-pain-medication   | true
            clinician   | spine-surgery              | true
            clinician   | stretching-program         | true
            clinician   | coping-skills-anxiety      | true
            admin       | stretching-program         | false
            admin       | coping-skills-anxiety      | false
            admin       | acupuncture                | false
            admin       | nsaid                      | false
            admin       | spine-surgery              | false
            """)
    void onlyCliniciansAddMedicationsAndProceduresAndAdminsAddNothing(String role, String treatmentId,
            boolean permitted) {
        var plan = CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, CLINICIAN, NOW, RULES);
        var findings = plan.findings();
        var by = actor(role);

        if (permitted) {
            plan.add(by, additions(activity("a1", treatmentId)), LATER, RULES);
            assertThat(plan.activities()).singleElement().satisfies(added -> {
                assertThat(added.treatmentId()).isEqualTo(treatmentId);
                assertThat(added.addedBy()).isEqualTo(by.username());
            });
        } else {
            assertThatExceptionOfType(NotPermittedException.class)
                    .isThrownBy(() -> plan.add(by, additions(activity("a1", treatmentId)), LATER, RULES));
            assertThat(plan.activities()).isEmpty();
            assertThat(plan.referrals()).isEmpty();
            assertThat(plan.findings()).isEqualTo(findings);
            assertThat(plan.outbox().drainRecorded()).isEmpty();
        }
    }

    @Test
    void oneRefusedActivityRefusesTheWholeChange() {
        var plan = draftPlan();

        assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> plan.add(COORDINATOR,
                new PlanAdditions(List.of(measurableGoal("g1")), List.of(activity("a1", "stretching-program"),
                        activity("a2", "nsaid")), List.of()), LATER, RULES));

        assertThat(plan.goals()).isEmpty();
        assertThat(plan.activities()).isEmpty();
    }

    @ParameterizedTest(name = "{0} drafts: permitted {1}")
    @CsvSource(delimiter = '|', textBlock = """
            clinician   | true
            coordinator | true
            admin       | false
            """)
    void theCareTeamDraftsPlans(String role, boolean permitted) {
        var by = actor(role);

        if (permitted) {
            var plan = CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, by, NOW, RULES);
            assertThat(plan.status()).isEqualTo(CarePlanStatus.DRAFT);
            assertThat(plan.createdBy()).isEqualTo(by.username());
            assertThat(plan.findings()).extracting(Finding::rule).containsExactly(SafetyRuleId.MEASURABLE_GOAL);
        } else {
            assertThatExceptionOfType(NotPermittedException.class).isThrownBy(
                    () -> CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, by, NOW, RULES));
        }
    }

    @ParameterizedTest(name = "{1} may not {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ACTIVATE | coordinator
            HOLD     | coordinator
            RESUME   | coordinator
            COMPLETE | coordinator
            REVOKE   | coordinator
            ACTIVATE | admin
            HOLD     | admin
            RESUME   | admin
            COMPLETE | admin
            REVOKE   | admin
            """)
    void onlyCliniciansChangeThePlansStatus(PlanAction action, String role) {
        var from = action == PlanAction.ACTIVATE ? CarePlanStatus.DRAFT
                : action == PlanAction.RESUME ? CarePlanStatus.ON_HOLD : CarePlanStatus.ACTIVE;
        var plan = planIn(from);

        assertThatExceptionOfType(NotPermittedException.class)
                .isThrownBy(() -> plan.apply(actor(role), action, LATER, NO_FINDINGS));
        assertThat(plan.status()).isEqualTo(from);
    }

    static Stream<Arguments> roleRules() {
        var rules = new ArrayList<Arguments>();
        roleRule(rules, "set a goal", "clinician coordinator", (plan, by) -> plan.add(by,
                PlanAdditions.goal(measurableGoal("g9")), LATER, NO_FINDINGS));
        roleRule(rules, "request a referral", "clinician coordinator", (plan, by) -> plan.add(by,
                PlanAdditions.referral(referralTo(Specialty.PAIN_SPECIALIST)), LATER, NO_FINDINGS));
        roleRule(rules, "record an outcome", "clinician coordinator", (plan, by) -> plan.recordOutcome(by, "o1",
                Measure.NRS, List.of(5), LATER, LATER, NO_FINDINGS));
        roleRule(rules, "move physical therapy", "clinician coordinator", (plan, by) -> plan.changeActivityStatus(by,
                "pt", IN_PROGRESS, LATER, NO_FINDINGS));
        roleRule(rules, "move coping skills", "clinician coordinator", (plan, by) -> plan.changeActivityStatus(by,
                "coping", IN_PROGRESS, LATER, NO_FINDINGS));
        roleRule(rules, "move a medication", "clinician", (plan, by) -> plan.changeActivityStatus(by, "nsaid",
                CANCELLED, LATER, NO_FINDINGS));
        roleRule(rules, "move a procedure", "clinician", (plan, by) -> plan.changeActivityStatus(by, "surgery",
                CANCELLED, LATER, NO_FINDINGS));
        roleRule(rules, "record a clearance", "clinician", (plan, by) -> plan.recordClearance(by, "acupuncture",
                "Cleared", LATER, NO_FINDINGS));
        roleRule(rules, "record a risk/benefit discussion", "clinician", (plan, by) -> discuss(plan, by, "surgery",
                PatientDecision.PROCEED, false, NO_FINDINGS));
        roleRule(rules, "record opioid safeguards", "clinician", (plan, by) -> plan.recordOpioidSafeguards(by,
                "opioid", completeSafeguards(), LATER, NO_FINDINGS));
        roleRule(rules, "override a finding", "clinician", (plan, by) -> plan.override(by,
                RULES.evaluate(plan).stream().filter(f -> f.rule() == SafetyRuleId.INTERACTION).findFirst()
                        .orElseThrow().id(), "Reviewed", LATER, RULES));
        return rules.stream();
    }

    private static void roleRule(List<Arguments> rules, String what, String permitted, PlanChange change) {
        for (String role : List.of("clinician", "coordinator", "admin")) {
            rules.add(arguments(role, Named.of(what, change), permitted.contains(role)));
        }
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("roleRules")
    void everyRoleRule(String role, PlanChange change, boolean permitted) {
        var plan = draftPlan();
        add(plan, activity("pt", "stretching-program"), activity("coping", "coping-skills-anxiety"),
                activity("nsaid", "nsaid"), activity("nsaid-2", "nsaid"), activity("surgery", "spine-surgery"),
                activity("acupuncture", "acupuncture"), activity("opioid", "narcotic-pain-medication"));
        apply(plan, PlanAction.ACTIVATE);
        var activities = plan.activities();

        if (permitted) {
            change.apply(plan, actor(role));
            assertThat(plan.updatedAt()).isEqualTo(LATER);
        } else {
            assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> change.apply(plan, actor(role)));
            assertThat(plan.updatedAt()).isEqualTo(NOW);
            assertThat(plan.activities()).isEqualTo(activities);
            assertThat(plan.findings()).isEmpty();
        }
    }

    // ---- referrals -----------------------------------------------------------------------------------------------

    @Test
    void copingSkillsRequestOnePsychologistReferral() {
        var plan = CarePlan.draft("plan-1", PATIENT, "Back pain", TREATING_PHYSICIAN, CLINICIAN, NOW, RULES);

        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety")), LATER, RULES);

        assertThat(plan.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.specialty()).isEqualTo(Specialty.PSYCHOLOGIST);
            assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
            assertThat(referral.activityId()).isEqualTo("a1");
            assertThat(referral.requestedBy()).isEqualTo("cc-kim");
            assertThat(referral.sequence()).isZero();
        });
        var referralId = plan.referrals().getFirst().id();
        assertThat(plan.outbox().drainRecorded()).singleElement().satisfies(recorded -> assertThat(recorded.event())
                .isInstanceOfSatisfying(ReferralRequested.class, event -> {
                    assertThat(event.referralId()).isEqualTo(referralId);
                    assertThat(event.planId()).isEqualTo("plan-1");
                    assertThat(event.patient()).isEqualTo(PATIENT);
                    assertThat(event.specialty()).isEqualTo(Specialty.PSYCHOLOGIST);
                    assertThat(event.priority()).isEqualTo(ReferralPriority.ROUTINE);
                    assertThat(event.requestedBy()).isEqualTo("cc-kim");
                    assertThat(event.requestedAt()).isEqualTo(LATER);
                }));

        plan.add(COORDINATOR, additions(activity("a2", "coping-skills-depression")), LATER, RULES);

        assertThat(plan.referrals()).hasSize(1);
        assertThat(plan.outbox().drainRecorded()).isEmpty();
        assertThat(plan.findings()).extracting(CarePlanTest::describe).contains(
                "COPING_SKILLS_SPECIALIST WARNING a1", "COPING_SKILLS_SPECIALIST WARNING a2");
    }

    @Test
    void twoCopingSkillsActivitiesInOneChangeRequestOneReferral() {
        var plan = draftPlan();

        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety"),
                activity("a2", "coping-skills-depression")), LATER, RULES);

        assertThat(plan.referrals()).hasSize(1);
        assertThat(plan.outbox().drainRecorded()).hasSize(1);
    }

    @Test
    void aLiveSpecialistReferralIsEnoughForCopingSkills() {
        var plan = draftPlan();
        plan.add(COORDINATOR, PlanAdditions.referral(referralTo(Specialty.PSYCHIATRIST)), NOW, RULES);

        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety")), LATER, RULES);

        assertThat(plan.referrals()).extracting(PlanReferral::specialty).containsExactly(Specialty.PSYCHIATRIST);
    }

    @Test
    void copingSkillsAfterTheReferralWasCancelledRequestANewOne() {
        var plan = draftPlan();
        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety")), NOW, RULES);
        plan.applyReferralUpdate(referralUpdate(plan.referrals().getFirst().id(), 1, ReferralStatus.CANCELLED), RULES);
        assertThat(plan.findings()).extracting(CarePlanTest::describe).contains("COPING_SKILLS_SPECIALIST BLOCK a1");

        plan.add(COORDINATOR, additions(activity("a2", "coping-skills-depression")), LATER, RULES);

        assertThat(plan.referrals()).extracting(PlanReferral::specialty, PlanReferral::activityId).containsExactly(
                tuple(Specialty.PSYCHOLOGIST, "a1"), tuple(Specialty.PSYCHOLOGIST, "a2"));
        assertThat(plan.findings()).extracting(CarePlanTest::describe).contains("COPING_SKILLS_SPECIALIST WARNING a1",
                "COPING_SKILLS_SPECIALIST WARNING a2");
    }

    @Test
    void aCompletedReferralLiftsTheCopingSkillsWarning() {
        var plan = draftPlan();
        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety")), NOW, RULES);
        assertThat(plan.findings()).extracting(Finding::rule).contains(SafetyRuleId.COPING_SKILLS_SPECIALIST);

        plan.applyReferralUpdate(referralUpdate(plan.referrals().getFirst().id(), 4, ReferralStatus.COMPLETED), RULES);

        assertThat(plan.findings()).extracting(Finding::rule).doesNotContain(SafetyRuleId.COPING_SKILLS_SPECIALIST);
    }

    @Test
    void offeringASecondOpinionRequestsOne() {
        var plan = draftPlan();
        add(plan, activity("a1", "spine-surgery"), activity("a2", "epidural-steroid-injection"));
        plan.outbox().drainRecorded();

        discuss(plan, "a1", PatientDecision.PROCEED, true, RULES);
        discuss(plan, "a1", PatientDecision.PROCEED, true, RULES);
        discuss(plan, "a2", PatientDecision.PROCEED, false, RULES);

        assertThat(plan.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.specialty()).isEqualTo(Specialty.SECOND_OPINION_PHYSICIAN);
            assertThat(referral.activityId()).isEqualTo("a1");
            assertThat(referral.requestedBy()).isEqualTo(TREATING_PHYSICIAN);
        });
        assertThat(plan.outbox().drainRecorded()).extracting(recorded -> ((ReferralRequested) recorded.event())
                .specialty()).containsExactly(Specialty.SECOND_OPINION_PHYSICIAN);
        assertThat(plan.findings()).extracting(CarePlanTest::describe).contains("PROCEDURE_RISK_BENEFIT WARNING a1");
    }

    @Test
    void referralIdsFollowFromThePlanAndTheOrderOfRequests() {
        var first = plansReferralIds("plan-x");
        var again = plansReferralIds("plan-x");
        var other = plansReferralIds("plan-y");

        assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(again);
        assertThat(other).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aReferralUpdateAppliesOnlyWhenItIsNewer() {
        var plan = draftPlan();
        plan.add(COORDINATOR, PlanAdditions.referral(referralTo(Specialty.PAIN_SPECIALIST)), NOW, NO_FINDINGS);
        var id = plan.referrals().getFirst().id();

        assertThat(plan.applyReferralUpdate(referralUpdate(id, 2, ReferralStatus.ACCEPTED), NO_FINDINGS)).isTrue();
        assertThat(plan.applyReferralUpdate(referralUpdate(id, 2, ReferralStatus.REJECTED), NO_FINDINGS)).isFalse();
        assertThat(plan.applyReferralUpdate(referralUpdate(id, 1, ReferralStatus.RECEIVED), NO_FINDINGS)).isFalse();
        assertThat(plan.findReferral(id)).get().satisfies(referral -> {
            assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(referral.sequence()).isEqualTo(2);
            assertThat(referral.partner()).isEqualTo("Partner clinic");
        });

        assertThat(plan.applyReferralUpdate(referralUpdate(id, 3, ReferralStatus.IN_PROGRESS), NO_FINDINGS)).isTrue();
        assertThat(plan.findReferral(id)).get().extracting(PlanReferral::status).isEqualTo(ReferralStatus.IN_PROGRESS);
    }

    @Test
    void anUpdateOfAnUnknownReferralChangesNothing() {
        var plan = draftPlan();
        plan.add(COORDINATOR, PlanAdditions.referral(referralTo(Specialty.PAIN_SPECIALIST)), NOW, NO_FINDINGS);
        var referrals = plan.referrals();

        assertThat(plan.applyReferralUpdate(referralUpdate("someone-elses", 1, ReferralStatus.COMPLETED), NO_FINDINGS))
                .isFalse();
        assertThat(plan.referrals()).isEqualTo(referrals);
        assertThat(plan.updatedAt()).isEqualTo(NOW);
    }

    // ---- records, final plans, outcomes --------------------------------------------------------------------------

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

    // ---- helpers -------------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface PlanChange {
        void apply(CarePlan plan, Actor by);
    }

    @FunctionalInterface
    interface PlanSetup {
        void accept(CarePlan plan);
    }

    /** A plan with a measurable goal, set up further, and the findings that block its activation. */
    private static Arguments scenario(String name, PlanSetup setup, String... blocking) {
        return scenarioWithoutGoal(name, plan -> {
            addGoal(plan, measurableGoal("g1"));
            setup.accept(plan);
        }, blocking);
    }

    private static Arguments scenarioWithoutGoal(String name, PlanSetup setup, String... blocking) {
        return arguments(Named.of(name, setup), List.of(blocking));
    }

    private static CarePlan planIn(CarePlanStatus status) {
        var plan = draftPlan();
        switch (status) {
            case DRAFT -> { }
            case ACTIVE -> apply(plan, PlanAction.ACTIVATE);
            case ON_HOLD -> apply(plan, PlanAction.ACTIVATE, PlanAction.HOLD);
            case COMPLETED -> apply(plan, PlanAction.ACTIVATE, PlanAction.COMPLETE);
            case REVOKED -> apply(plan, PlanAction.REVOKE);
        }
        return plan;
    }

    private static Actor actor(String role) {
        return switch (role) {
            case "clinician" -> CLINICIAN;
            case "coordinator" -> COORDINATOR;
            case "admin" -> CLINIC_ADMIN;
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static PlanAdditions additions(NewActivity... activities) {
        return new PlanAdditions(List.of(), List.of(activities), List.of());
    }

    private static ActivityStatus statusOf(CarePlan plan, String activityId) {
        return plan.findActivity(activityId).orElseThrow().status();
    }

    private static String describe(Finding finding) {
        return finding.rule() + " " + PlanFixtures.describe(finding);
    }

    /** An opioid with its safeguards recorded, at {@code morphineMg} twice a day. */
    private static void safeguardedOpioid(CarePlan plan, String activityId, double morphineMg) {
        add(plan, opioid(activityId, oral(Opioid.MORPHINE, morphineMg, 2)));
        plan.recordOpioidSafeguards(CLINICIAN, activityId, completeSafeguards(), NOW, NO_FINDINGS);
    }

    private static void discuss(CarePlan plan, String activityId, PatientDecision decision, boolean secondOpinion,
            SafetyCheck safety) {
        discuss(plan, CLINICIAN, activityId, decision, secondOpinion, safety);
    }

    private static void discuss(CarePlan plan, Actor by, String activityId, PatientDecision decision,
            boolean secondOpinion, SafetyCheck safety) {
        plan.recordRiskBenefitDiscussion(by, activityId, new RiskBenefitDiscussion("Infection", "Less pain",
                "Physical therapy", decision, secondOpinion, null, null), LATER, safety);
    }

    private static List<String> plansReferralIds(String planId) {
        var plan = draftPlan(planId);
        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety")), NOW, NO_FINDINGS);
        plan.add(COORDINATOR, PlanAdditions.referral(referralTo(Specialty.PAIN_SPECIALIST)), NOW, NO_FINDINGS);
        return plan.referrals().stream().map(PlanReferral::id).toList();
    }
}
