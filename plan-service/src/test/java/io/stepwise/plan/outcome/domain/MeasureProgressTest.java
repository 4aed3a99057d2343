package io.stepwise.plan.outcome.domain;

import static io.stepwise.plan.outcome.domain.Outcomes.point;
import static io.stepwise.plan.outcome.domain.Outcomes.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One measure's movement: baseline, latest, change and band, from points in any order. */
class MeasureProgressTest {

    @ParameterizedTest(name = "{0} [{1}] → baseline {2}, latest {3}, change {4}, band {5}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            NRS  | 7            |  7    |  7    |  0    | none
            NRS  | 7 5 4        |  7    |  4    | -3    | none
            PEG  | 7 5.67 5     |  7    |  5    | -2    | none
            PEG  | 3.33 5.67    |  3.33 |  5.67 |  2.34 | none
            ODI  | 62 40 20.01  | 62    | 20.01 | -41.99 | MODERATE
            ODI  | 35.56 20     | 35.56 | 20    | -15.56 | MINIMAL
            PHQ9 | 12 21        | 12    | 21    |  9    | SEVERE
            GAD7 | 16 9         | 16    |  9    | -7    | MILD
            NRS  | 0 1.005      |  0    |  1.005 | 1.01 | none
            """)
    void summarisesTheSeries(Measure measure, String scores, double baseline, double latest, double change,
            Band band) {
        var progress = MeasureProgress.of(measure, series(scores));

        assertThat(progress.measure()).isEqualTo(measure);
        assertThat(progress.points()).isEqualTo(series(scores));
        assertThat(progress.baseline()).isEqualTo(baseline);
        assertThat(progress.latest()).isEqualTo(latest);
        assertThat(progress.change()).isEqualTo(change);
        assertThat(progress.band()).isEqualTo(band);
    }

    @Test
    void hasNoBaselineLatestChangeOrBandWithoutPoints() {
        assertThat(MeasureProgress.of(Measure.PHQ9, List.of()))
                .isEqualTo(new MeasureProgress(Measure.PHQ9, List.of(), null, null, null, null));
    }

    static Stream<Arguments> unordered() {
        return Stream.of(
                Arguments.of(List.of(point(2, 9), point(0, 16), point(1, 12)), 16.0, 9.0, -7.0, Band.MILD),
                Arguments.of(List.of(point(1, 4), point(2, 16), point(0, 9)), 9.0, 16.0, 7.0, Band.SEVERE));
    }

    @ParameterizedTest(name = "{0} → baseline {1}, latest {2}")
    @MethodSource("unordered")
    void sortsThePointsByWhenTheyWereRecorded(List<ScoredPoint> points, double baseline, double latest,
            double change, Band band) {
        var progress = MeasureProgress.of(Measure.GAD7, points);

        assertThat(progress.points()).extracting(ScoredPoint::recordedAt).isSorted();
        assertThat(progress.points()).containsExactlyInAnyOrderElementsOf(points);
        assertThat(progress.baseline()).isEqualTo(baseline);
        assertThat(progress.latest()).isEqualTo(latest);
        assertThat(progress.change()).isEqualTo(change);
        assertThat(progress.band()).isEqualTo(band);
    }

    @Test
    void refusesAScoreOutsideTheMeasuresRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> MeasureProgress.of(Measure.GAD7, series("12 22 9")))
                .withMessage("GAD7 score 22 is outside 0–21");
    }
}
