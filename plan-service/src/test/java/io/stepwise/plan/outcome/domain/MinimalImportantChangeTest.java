package io.stepwise.plan.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each measure's minimal clinically important difference, at and just below its points and its percentage. */
class MinimalImportantChangeTest {

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |  8    |  6    | true
            NRS  |  8    |  6.01 | false
            NRS  |  8    | 10    | true
            NRS  |  8    |  9.99 | false
            NRS  | 10    |  8    | true
            NRS  | 10    |  8.01 | false
            NRS  |  0    |  2    | true
            NRS  |  0    |  1.99 | false
            NRS  |  7    |  7    | false
            """)
    void nrsTakesTwoPoints(Measure measure, double baseline, double latest, boolean important) {
        assertThat(measure.isMinimalImportantChange(baseline, latest)).isEqualTo(important);
    }

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |  5    |  3.5  | true
            NRS  |  5    |  3.51 | false
            NRS  |  5    |  6.5  | true
            NRS  |  5    |  6.49 | false
            NRS  |  3    |  2    | true
            NRS  |  4    |  3    | false
            NRS  |  1    |  2    | true
            NRS  |  0    |  1    | false
            ODI  | 30    | 21    | true
            ODI  | 30    | 21.01 | false
            ODI  | 20    | 14    | true
            ODI  | 20    | 14.01 | false
            ODI  | 20    | 26    | true
            ODI  | 20    | 25.99 | false
            """)
    void nrsAndOdiAlsoTakeThirtyPercentOfABaselineAboveZero(Measure measure, double baseline, double latest,
            boolean important) {
        assertThat(measure.isMinimalImportantChange(baseline, latest)).isEqualTo(important);
    }

    @ParameterizedTest(name = "{0} {1} → {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ODI  | 50    | 40    | true
            ODI  | 50    | 40.01 | false
            ODI  | 40    | 50    | true
            ODI  | 40    | 49.99 | false
            ODI  |  0    | 10    | true
            ODI  |  0    |  9.99 | false
            PEG  |  7    |  6    | true
            PEG  |  7    |  6.01 | false
            PEG  |  1.67 |  0.67 | true
            PEG  |  5.67 |  4.67 | true
            PEG  |  5.67 |  4.68 | false
            PEG  |  4    |  5    | true
            PEG  |  1.5  |  1    | false
            PHQ9 | 15    | 10    | true
            PHQ9 | 15    | 11    | false
            PHQ9 | 10    | 15    | true
            PHQ9 | 10    | 14    | false
            PHQ9 |  5    |  1    | false
            GAD7 | 12    |  8    | true
            GAD7 | 12    |  9    | false
            GAD7 |  8    | 12    | true
            GAD7 |  8    | 11    | false
            GAD7 |  3    |  0    | false
            """)
    void theOtherMeasuresTakePointsOnly(Measure measure, double baseline, double latest, boolean important) {
        assertThat(measure.isMinimalImportantChange(baseline, latest)).isEqualTo(important);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  | 11 |  5 | NRS baseline 11 is outside 0–10
            PHQ9 | 10 | 28 | PHQ9 latest score 28 is outside 0–27
            ODI  | -1 | 20 | ODI baseline -1 is outside 0–100
            """)
    void refusesScoresOutsideTheMeasuresRange(Measure measure, double baseline, double latest, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> measure.isMinimalImportantChange(baseline, latest))
                .withMessage(message);
    }
}
