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
/** Referral requests the plan makes, their ids, and the updates it applies. */
class PlanReferralRequestsTest {

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
        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).contains(
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
        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).contains("COPING_SKILLS_SPECIALIST BLOCK a1");

        plan.add(COORDINATOR, additions(activity("a2", "coping-skills-depression")), LATER, RULES);

        assertThat(plan.referrals()).extracting(PlanReferral::specialty, PlanReferral::activityId).containsExactly(
                tuple(Specialty.PSYCHOLOGIST, "a1"), tuple(Specialty.PSYCHOLOGIST, "a2"));
        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).contains("COPING_SKILLS_SPECIALIST WARNING a1",
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
        assertThat(plan.findings()).extracting(CarePlanSteps::describeWithRule).contains("PROCEDURE_RISK_BENEFIT WARNING a1");
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
}
