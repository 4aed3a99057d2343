package io.stepwise.plan.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A goal's target: one kind at a time, when it is met, and which targets suit which measure. */
class GoalTargetTest {

    @ParameterizedTest(name = "atMost {0}, changeFromBaselinePercent {1} → \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none     | none      | a goal target needs exactly one of atMost and changeFromBaselinePercent, got neither
            4        | -30       | a goal target needs exactly one of atMost and changeFromBaselinePercent, got both
            NaN      | none      | a goal target needs a finite number, got NaN
            none     | -Infinity | a goal target needs a finite number, got -Infinity
            """)
    void needsExactlyOneFiniteKind(Double atMost, Double percent, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> new GoalTarget(atMost, percent)).withMessage(message);
    }

    @Test
    void factoriesSetTheirOwnKindOnly() {
        assertThat(GoalTarget.atMost(4)).isEqualTo(new GoalTarget(4.0, null));
        assertThat(GoalTarget.changeFromBaselinePercent(-30)).isEqualTo(new GoalTarget(null, -30.0));
    }

    @ParameterizedTest(name = "atMost {0}: baseline {1}, latest {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            4  |  7   | 4    | true
            4  |  7   | 3.99 | true
            4  |  7   | 4.01 | false
            4  |  3   | 3    | true
            4  |  3   | 5    | false
            0  |  6   | 0    | true
            0  |  6   | 0.33 | false
            """)
    void atMostIsMetByALatestScoreNotAboveIt(double atMost, double baseline, double latest, boolean met) {
        assertThat(GoalTarget.atMost(atMost).isMetBy(baseline, latest)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} %: baseline {1}, latest {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
             -30 | 10   |  7    | true
             -30 | 10   |  7.01 | false
             -30 | 10   |  6    | true
             -30 | 50   | 35    | true
             -30 | 50   | 35.01 | false
             -30 |  6.3 |  4.41 | true
             -30 |  5.67 | 3.96 | true
             -30 |  5.67 | 3.97 | false
             -30 | 10   | 12    | false
             -30 |  0   |  0    | false
            -100 |  6   |  0    | true
            -100 |  6   |  0.01 | false
              -1 | 10   |  9.9  | true
              -1 | 10   |  9.91 | false
            """)
    void percentIsMetByAReductionOfAtLeastThatShareOfTheBaseline(double percent, double baseline, double latest,
            boolean met) {
        assertThat(GoalTarget.changeFromBaselinePercent(percent).isMetBy(baseline, latest)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} atMost {1} fits")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |  0
            NRS  |  3
            NRS  |  9.99
            PEG  |  4
            ODI  | 20
            ODI  | 99.99
            PHQ9 |  4
            PHQ9 | 26
            GAD7 | 20
            """)
    void atMostFitsFromTheMinimumToBelowTheMaximum(Measure measure, double atMost) {
        assertThatNoException().isThrownBy(() -> GoalTarget.atMost(atMost).checkFits(measure));
    }

    @ParameterizedTest(name = "{0} atMost {1} → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |  10    | NRS target atMost 10 must be from 0 to below 10
            NRS  |  -0.01 | NRS target atMost -0.01 must be from 0 to below 10
            PEG  |  10.5  | PEG target atMost 10.5 must be from 0 to below 10
            ODI  | 100    | ODI target atMost 100 must be from 0 to below 100
            PHQ9 |  27    | PHQ9 target atMost 27 must be from 0 to below 27
            PHQ9 |  28    | PHQ9 target atMost 28 must be from 0 to below 27
            GAD7 |  21    | GAD7 target atMost 21 must be from 0 to below 21
            """)
    void atMostOutsideTheRangeOrAtItsMaximumDoesNotFit(Measure measure, double atMost, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> GoalTarget.atMost(atMost).checkFits(measure))
                .withMessage(message);
    }

    @ParameterizedTest(name = "{0} {1} % fits")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |   -1
            PEG  |  -30
            ODI  |  -30
            PHQ9 |  -50
            GAD7 | -100
            """)
    void aReductionFromOneToAHundredPercentFits(Measure measure, double percent) {
        assertThatNoException().isThrownBy(() -> GoalTarget.changeFromBaselinePercent(percent).checkFits(measure));
    }

    @ParameterizedTest(name = "{0} {1} % → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |    -0.5  | NRS target changeFromBaselinePercent -0.5 must be a reduction from -100 to -1 (%)
            PEG  |     0    | PEG target changeFromBaselinePercent 0 must be a reduction from -100 to -1 (%)
            ODI  |    30    | ODI target changeFromBaselinePercent 30 must be a reduction from -100 to -1 (%)
            PHQ9 |  -100.01 | PHQ9 target changeFromBaselinePercent -100.01 must be a reduction from -100 to -1 (%)
            GAD7 |  -150    | GAD7 target changeFromBaselinePercent -150 must be a reduction from -100 to -1 (%)
            """)
    void anyOtherPercentDoesNotFit(Measure measure, double percent, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GoalTarget.changeFromBaselinePercent(percent).checkFits(measure))
                .withMessage(message);
    }
}
