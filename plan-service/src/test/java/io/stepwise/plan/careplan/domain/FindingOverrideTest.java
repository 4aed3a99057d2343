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
/** Overrides: which rules take them, what they lift, and that they last while their finding does. */
class FindingOverrideTest {

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
                .satisfies(block -> assertThat(block.blocking()).extracting(CarePlanSteps::describeWithRule)
                        .containsExactly("OPIOID_DOSE BLOCK a1"));

        plan.override(CLINICIAN, plan.findings().getFirst().id(), "Tapering from a higher dose", LATER, RULES);
        plan.apply(CLINICIAN, PlanAction.ACTIVATE, LATER, RULES);
        plan.changeActivityStatus(CLINICIAN, "a1", IN_PROGRESS, LATER, RULES);

        assertThat(plan.status()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(statusOf(plan, "a1")).isEqualTo(IN_PROGRESS);
        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).containsExactly("OPIOID_DOSE BLOCK a1");
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
}
