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

/** What the care plan's unit tests share: the rule set, a later instant, and plan set-ups. */
final class CarePlanSteps {

    static final SafetyCheck RULES = SafetyEngine.standard(new SafetyContext(INTERACTION_RULES, TODAY));
    static final Instant LATER = NOW.plus(Duration.ofHours(1));


    private CarePlanSteps() {
    }


    @FunctionalInterface
    interface PlanChange {
        void apply(CarePlan plan, Actor by);
    }

    @FunctionalInterface
    interface PlanSetup {
        void accept(CarePlan plan);
    }

    /** A plan with a measurable goal, set up further, and the findings that block its activation. */
    static Arguments scenario(String name, PlanSetup setup, String... blocking) {
        return scenarioWithoutGoal(name, plan -> {
            addGoal(plan, measurableGoal("g1"));
            setup.accept(plan);
        }, blocking);
    }

    static Arguments scenarioWithoutGoal(String name, PlanSetup setup, String... blocking) {
        return arguments(Named.of(name, setup), List.of(blocking));
    }

    static CarePlan planIn(CarePlanStatus status) {
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

    static Actor actor(String role) {
        return switch (role) {
            case "clinician" -> CLINICIAN;
            case "coordinator" -> COORDINATOR;
            case "admin" -> CLINIC_ADMIN;
            default -> throw new IllegalArgumentException(role);
        };
    }

    static PlanAdditions additions(NewActivity... activities) {
        return new PlanAdditions(List.of(), List.of(activities), List.of());
    }

    static ActivityStatus statusOf(CarePlan plan, String activityId) {
        return plan.findActivity(activityId).orElseThrow().status();
    }

    static String describeWithRule(Finding finding) {
        return finding.rule() + " " + PlanFixtures.describe(finding);
    }

    /** An opioid with its safeguards recorded, at {@code morphineMg} twice a day. */
    static void safeguardedOpioid(CarePlan plan, String activityId, double morphineMg) {
        add(plan, opioid(activityId, oral(Opioid.MORPHINE, morphineMg, 2)));
        plan.recordOpioidSafeguards(CLINICIAN, activityId, completeSafeguards(), NOW, NO_FINDINGS);
    }

    static void discuss(CarePlan plan, String activityId, PatientDecision decision, boolean secondOpinion,
            SafetyCheck safety) {
        discuss(plan, CLINICIAN, activityId, decision, secondOpinion, safety);
    }

    static void discuss(CarePlan plan, Actor by, String activityId, PatientDecision decision,
            boolean secondOpinion, SafetyCheck safety) {
        plan.recordRiskBenefitDiscussion(by, activityId, new RiskBenefitDiscussion("Infection", "Less pain",
                "Physical therapy", decision, secondOpinion, null, null), LATER, safety);
    }

    static List<String> plansReferralIds(String planId) {
        var plan = draftPlan(planId);
        plan.add(COORDINATOR, additions(activity("a1", "coping-skills-anxiety")), NOW, NO_FINDINGS);
        plan.add(COORDINATOR, PlanAdditions.referral(referralTo(Specialty.PAIN_SPECIALIST)), NOW, NO_FINDINGS);
        return plan.referrals().stream().map(PlanReferral::id).toList();
    }
}
