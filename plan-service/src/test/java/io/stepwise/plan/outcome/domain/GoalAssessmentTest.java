package io.stepwise.plan.outcome.domain;

import static io.stepwise.plan.outcome.domain.Outcomes.TODAY;
import static io.stepwise.plan.outcome.domain.Outcomes.items;
import static io.stepwise.plan.outcome.domain.Outcomes.point;
import static io.stepwise.plan.outcome.domain.Outcomes.series;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A goal's status from its outcome series, rule by rule. */
class GoalAssessmentTest {

    private static final LocalDate DUE_LATER = TODAY.plusWeeks(4);

    @ParameterizedTest(name = "{0}: {1} target {2}, due {3}, [{4}] → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            no points                       | PEG  | ≤4    | later | ''           | IN_PROGRESS
            no points, past due             | PEG  | ≤4    | past  | ''           | IN_PROGRESS
            baseline only                   | PEG  | ≤4    | later | 7            | IN_PROGRESS
            baseline only, past due         | NRS  | ≤3    | past  | 6            | IN_PROGRESS
            percent target, baseline only   | ODI  | -30 % | later | 50           | IN_PROGRESS
            baseline already meets          | PEG  | ≤4    | later | 3.67         | ACHIEVED
            met at follow-up                | PEG  | ≤4    | later | 7 3.67       | ACHIEVED
            met at the bound                | PEG  | ≤4    | later | 7 5 4        | ACHIEVED
            met after the due date          | PEG  | ≤4    | past  | 7 5 3        | ACHIEVED
            met, lost, met again            | PEG  | ≤4    | later | 7 3 5 3      | ACHIEVED
            percent met                     | ODI  | -30 % | later | 50 35        | ACHIEVED
            met twice in a row              | PEG  | ≤4    | later | 7 4 3.67     | SUSTAINING
            met twice, past due             | PEG  | ≤4    | past  | 7 3 3.33     | SUSTAINING
            percent met twice               | ODI  | -30 % | later | 50 30 34     | SUSTAINING
            improving but past due          | NRS  | ≤3    | past  | 6 4          | NOT_ACHIEVED
            met once, lost, past due        | PEG  | ≤4    | past  | 7 3 5        | NOT_ACHIEVED
            percent not met, past due       | ODI  | -30 % | past  | 50 36        | NOT_ACHIEVED
            due today is still in time      | NRS  | ≤3    | today | 6 4          | IMPROVING
            no due date                     | NRS  | ≤3    | none  | 6 4          | IMPROVING
            drop of 2 (MCID 1)              | PEG  | ≤4    | later | 7 5.67 5     | IMPROVING
            drop of 1                       | PEG  | ≤4    | later | 6 5          | IMPROVING
            drop of 0.67                    | PEG  | ≤4    | later | 6 5.33       | NO_CHANGE
            met once, lost, still improved  | PEG  | ≤4    | later | 7 3.67 4.33  | IMPROVING
            rise of 2                       | NRS  | ≤3    | later | 5 7          | WORSENING
            rise of 1, 20 %                 | NRS  | ≤3    | later | 5 6          | NO_CHANGE
            drop of 0.99, under 30 %        | NRS  | ≤3    | later | 4 3.5 8 3.01 | NO_CHANGE
            drop of 14 on ODI               | ODI  | -30 % | later | 50 36        | IMPROVING
            drop of 5 on ODI, 10 %          | ODI  | -30 % | later | 50 45        | NO_CHANGE
            PHQ-9 drop of 6                 | PHQ9 | ≤4    | later | 18 12        | IMPROVING
            PHQ-9 drop of 4                 | PHQ9 | ≤4    | later | 18 14        | NO_CHANGE
            GAD-7 rise of 4                 | GAD7 | ≤4    | later | 10 14        | WORSENING
            GAD-7 rise of 3                 | GAD7 | ≤4    | later | 10 13        | NO_CHANGE
            no target, no points            | NRS  | none  | later | ''           | IN_PROGRESS
            no target, one point            | NRS  | none  | later | 0            | IN_PROGRESS
            no target, drop                 | NRS  | none  | later | 8 2 0        | IMPROVING
            no target, rise                 | NRS  | none  | later | 5 8          | WORSENING
            no target, flat                 | NRS  | none  | later | 5 6          | NO_CHANGE
            no target, past due             | NRS  | none  | past  | 5 6          | NO_CHANGE
            no target, meets nothing        | NRS  | none  | later | 0 0          | NO_CHANGE
            """)
    void assessesTheSeries(String situation, Measure measure, String target, String due, String scores,
            AchievementStatus expected) {
        assertThat(GoalAssessment.assess(measure, target(target), dueDate(due), series(scores), TODAY))
                .isEqualTo(expected);
    }

    @Test
    void pegScoredFromItemsAtSevenThenFiveSixtySevenThenFiveIsImproving() {
        List<ScoredPoint> series = List.of(point(0, Measure.PEG.score(items("7 7 7"))),
                point(1, Measure.PEG.score(items("6 6 5"))), point(2, Measure.PEG.score(items("5 5 5"))));

        assertThat(GoalAssessment.assess(Measure.PEG, GoalTarget.atMost(4), DUE_LATER, series, TODAY))
                .isEqualTo(AchievementStatus.IMPROVING);
    }

    static Stream<Arguments> unordered() {
        return Stream.of(
                Arguments.of(List.of(point(1, 3), point(0, 7)), AchievementStatus.ACHIEVED),
                Arguments.of(List.of(point(2, 3), point(0, 7), point(1, 4)), AchievementStatus.SUSTAINING),
                Arguments.of(List.of(point(2, 5), point(0, 7), point(1, 3)), AchievementStatus.IMPROVING),
                Arguments.of(List.of(point(1, 7), point(2, 8), point(0, 5)), AchievementStatus.WORSENING));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("unordered")
    void readsTheSeriesInTimeOrderWhateverOrderItCameIn(List<ScoredPoint> series, AchievementStatus expected) {
        assertThat(GoalAssessment.assess(Measure.PEG, GoalTarget.atMost(4), DUE_LATER, series, TODAY))
                .isEqualTo(expected);
    }

    /** "≤4" → at most 4, "-30 %" → 30 % below the baseline, "none" → no target. */
    private static GoalTarget target(String text) {
        if (text.equals("none")) {
            return null;
        }
        return text.startsWith("≤") ? GoalTarget.atMost(Double.parseDouble(text.substring(1)))
                : GoalTarget.changeFromBaselinePercent(Double.parseDouble(text.replace("%", "").trim()));
    }

    /** "later" → in four weeks, "today", "past" → yesterday, "none" → no due date. */
    private static LocalDate dueDate(String text) {
        return switch (text) {
            case "later" -> DUE_LATER;
            case "today" -> TODAY;
            case "past" -> TODAY.minusDays(1);
            case "none" -> null;
            default -> throw new IllegalArgumentException("no due date " + text);
        };
    }
}
