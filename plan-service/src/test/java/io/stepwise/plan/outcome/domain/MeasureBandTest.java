package io.stepwise.plan.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each severity band at both sides of each boundary, and scores no band holds. */
class MeasureBandTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            ODI  |   0    | MINIMAL
            ODI  |  20    | MINIMAL
            ODI  |  20.01 | MODERATE
            ODI  |  40    | MODERATE
            ODI  |  40.01 | SEVERE
            ODI  |  40.2  | SEVERE
            ODI  |  60    | SEVERE
            ODI  |  60.01 | CRIPPLED
            ODI  |  80    | CRIPPLED
            ODI  |  80.01 | BED_BOUND
            ODI  | 100    | BED_BOUND
            PHQ9 |   0    | MINIMAL
            PHQ9 |   4    | MINIMAL
            PHQ9 |   5    | MILD
            PHQ9 |   9    | MILD
            PHQ9 |  10    | MODERATE
            PHQ9 |  14    | MODERATE
            PHQ9 |  15    | MODERATELY_SEVERE
            PHQ9 |  19    | MODERATELY_SEVERE
            PHQ9 |  20    | SEVERE
            PHQ9 |  27    | SEVERE
            GAD7 |   0    | MINIMAL
            GAD7 |   4    | MINIMAL
            GAD7 |   5    | MILD
            GAD7 |   9    | MILD
            GAD7 |  10    | MODERATE
            GAD7 |  14    | MODERATE
            GAD7 |  15    | SEVERE
            GAD7 |  21    | SEVERE
            NRS  |   0    | none
            NRS  |  10    | none
            PEG  |   5.67 | none
            """)
    void bandsAScore(Measure measure, double score, Band band) {
        assertThat(measure.band(score)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} {1} → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  |  -0.01 | NRS score -0.01 is outside 0–10
            NRS  |  10.01 | NRS score 10.01 is outside 0–10
            PEG  |  -1    | PEG score -1 is outside 0–10
            ODI  | 100.01 | ODI score 100.01 is outside 0–100
            PHQ9 |  28    | PHQ9 score 28 is outside 0–27
            GAD7 |  22    | GAD7 score 22 is outside 0–21
            GAD7 |  NaN   | GAD7 score NaN is outside 0–21
            """)
    void refusesAScoreOutsideTheMeasuresRange(Measure measure, double score, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> measure.band(score)).withMessage(message);
    }
}
