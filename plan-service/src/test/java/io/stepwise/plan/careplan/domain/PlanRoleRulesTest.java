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
/** Every role rule of the plan, on plain objects. */
class PlanRoleRulesTest {

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
}
