package io.stepwise.plan.careplan.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.COORDINATOR;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;

/** The plausibility bounds a plan keeps on dates, and what ending a plan does to its activities. */
class PlanBoundsTest {

    @ParameterizedTest(name = "review in {0} days -> accepted {1}")
    @CsvSource({"-1, false", "0, true", "28, true", "365, true", "366, false", "3000000, false"})
    void aMedicationsReviewDateLiesBetweenTodayAndAYearAhead(int days, boolean accepted) {
        CarePlan plan = draftPlan();
        var activity = PlanAdditions.activity(reviewed("a1", "nsaid", TODAY.plusDays(days)));
        if (accepted) {
            plan.add(CLINICIAN, activity, NOW, NO_FINDINGS);
            assertThat(plan.activities()).hasSize(1);
        } else {
            assertThatThrownBy(() -> plan.add(CLINICIAN, activity, NOW, NO_FINDINGS))
                    .isInstanceOf(PlanRuleException.class).hasMessageContaining("review date");
            assertThat(plan.activities()).isEmpty();
        }
    }

    @ParameterizedTest(name = "due in {0} days -> accepted {1}")
    @CsvSource({"-1, false", "0, true", "84, true"})
    void aGoalIsNotDueInThePast(int days, boolean accepted) {
        CarePlan plan = draftPlan();
        var goal = PlanAdditions.goal(new NewGoal("g1", Aim.REDUCE_PAIN, Measure.PEG, GoalTarget.atMost(4),
                TODAY.plusDays(days)));
        if (accepted) {
            plan.add(COORDINATOR, goal, NOW, NO_FINDINGS);
            assertThat(plan.goals()).hasSize(1);
        } else {
            assertThatThrownBy(() -> plan.add(COORDINATOR, goal, NOW, NO_FINDINGS))
                    .isInstanceOf(PlanRuleException.class).hasMessageContaining("past");
            assertThat(plan.goals()).isEmpty();
        }
    }

    @ParameterizedTest(name = "recorded {0} days before the plan began -> accepted {1}")
    @CsvSource({"0, true", "364, true", "366, false", "739000, false"})
    void anOutcomeIsAtMostAYearOlderThanThePlan(int daysBefore, boolean accepted) {
        CarePlan plan = draftPlan();
        Instant recordedAt = NOW.minus(Duration.ofDays(daysBefore));
        if (accepted) {
            plan.recordOutcome(COORDINATOR, "o1", Measure.NRS, List.of(6), recordedAt, NOW, NO_FINDINGS);
            assertThat(plan.outcomes()).hasSize(1);
        } else {
            assertThatThrownBy(() -> plan.recordOutcome(COORDINATOR, "o1", Measure.NRS, List.of(6), recordedAt, NOW,
                    NO_FINDINGS)).isInstanceOf(PlanRuleException.class).hasMessageContaining("a year before");
            assertThat(plan.outcomes()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} when the plan is completed: {1}, revoked: {2}")
    @CsvSource({"NOT_STARTED, CANCELLED, CANCELLED", "SCHEDULED, CANCELLED, CANCELLED",
            "IN_PROGRESS, COMPLETED, STOPPED", "ON_HOLD, COMPLETED, STOPPED", "COMPLETED, COMPLETED, COMPLETED",
            "CANCELLED, CANCELLED, CANCELLED", "STOPPED, STOPPED, STOPPED"})
    void anActivityEndsWithItsPlan(ActivityStatus status, ActivityStatus completed, ActivityStatus revoked) {
        assertThat(status.whenPlanEnds(true)).isEqualTo(completed);
        assertThat(status.whenPlanEnds(false)).isEqualTo(revoked);
    }

    @ParameterizedTest(name = "{0} ends its activities")
    @CsvSource({"COMPLETE, COMPLETED, CANCELLED", "REVOKE, STOPPED, CANCELLED"})
    void endingAPlanEndsItsActivities(PlanAction action, ActivityStatus underWay, ActivityStatus notBegun) {
        CarePlan plan = plan("stretching-program:IN_PROGRESS home-exercise-program:NOT_STARTED");
        plan.apply(CLINICIAN, action, NOW, NO_FINDINGS);

        assertThat(plan.activities()).extracting(Activity::status).containsExactly(underWay, notBegun);
    }
}
