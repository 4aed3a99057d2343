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
/** Every plan action from every plan status. */
class PlanStatusTest {

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
}
