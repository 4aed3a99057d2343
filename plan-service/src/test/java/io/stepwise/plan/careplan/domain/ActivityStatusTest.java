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
/** Every activity move, and activities starting only in an ACTIVE plan. */
class ActivityStatusTest {

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
}
