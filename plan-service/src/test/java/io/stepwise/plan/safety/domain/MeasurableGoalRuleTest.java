package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.addGoal;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.Aim;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.careplan.domain.SafetyRuleId;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;

class MeasurableGoalRuleTest {

    private final MeasurableGoalRule rule = new MeasurableGoalRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @ParameterizedTest(name = "goals [{0}] → blocked {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                     | true
            NRS                    | true
            NRS PHQ9               | true
            NRS:atMost:4           | false
            ODI:percent:-30        | false
            PEG NRS:atMost:3       | false
            GAD7:atMost:5 PHQ9     | false
            """)
    void aPlanNeedsAGoalWithATarget(String goals, boolean blocked) {
        var plan = plan("stretching-program");
        int n = 0;
        for (String goal : goals.isBlank() ? new String[0] : goals.trim().split("\\s+")) {
            addGoal(plan, goal("g" + ++n, goal));
        }

        var findings = rule.check(plan, context);

        if (blocked) {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo(SafetyRuleId.MEASURABLE_GOAL);
                assertThat(finding.severity()).isEqualTo(FindingSeverity.BLOCK);
                assertThat(finding.activityIds()).isEmpty();
            });
        } else {
            assertThat(findings).isEmpty();
        }
    }

    /** "NRS" (no target), "NRS:atMost:4" or "ODI:percent:-30". */
    private static NewGoal goal(String id, String spec) {
        String[] parts = spec.split(":");
        GoalTarget target = parts.length == 1 ? null
                : parts[1].equals("atMost") ? GoalTarget.atMost(Double.parseDouble(parts[2]))
                : GoalTarget.changeFromBaselinePercent(Double.parseDouble(parts[2]));
        return new NewGoal(id, Aim.REDUCE_PAIN, Measure.valueOf(parts[0]), target, TODAY.plusWeeks(12));
    }
}
