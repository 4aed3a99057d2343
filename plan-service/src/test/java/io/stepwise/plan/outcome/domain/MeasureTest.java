package io.stepwise.plan.outcome.domain;

import static io.stepwise.plan.outcome.domain.Outcomes.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Items, ranges, LOINC codes and scoring of each instrument, and every way item answers are refused. */
class MeasureTest {

    @ParameterizedTest(name = "{0}: {1} items {2}–{3}, skipping {4}, score {5}–{6}, LOINC {7}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            NRS  |  1 | 0 | 10 | false | 0 |  10 | 72514-3
            PEG  |  3 | 0 | 10 | false | 0 |  10 | none
            ODI  | 10 | 0 |  5 | true  | 0 | 100 | none
            PHQ9 |  9 | 0 |  3 | false | 0 |  27 | 44261-6
            GAD7 |  7 | 0 |  3 | false | 0 |  21 | 70274-6
            """)
    void describesItsItemsScoresAndCode(Measure measure, int itemCount, int itemMin, int itemMax, boolean skipping,
            double scoreMin, double scoreMax, String loinc) {
        assertThat(measure.itemCount()).isEqualTo(itemCount);
        assertThat(measure.itemMin()).isEqualTo(itemMin);
        assertThat(measure.itemMax()).isEqualTo(itemMax);
        assertThat(measure.allowsSkippedItems()).isEqualTo(skipping);
        assertThat(measure.scoreMin()).isEqualTo(scoreMin);
        assertThat(measure.scoreMax()).isEqualTo(scoreMax);
        assertThat(measure.loinc()).isEqualTo(loinc);
    }

    @ParameterizedTest(name = "{0} [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  | 0                    |  0
            NRS  | 7                    |  7
            NRS  | 10                   | 10
            PEG  | 0 0 0                |  0
            PEG  | 7 7 7                |  7
            PEG  | 6 6 5                |  5.67
            PEG  | 5 5 5                |  5
            PEG  | 1 0 0                |  0.33
            PEG  | 2 2 1                |  1.67
            PEG  | 10 10 10             | 10
            PHQ9 | 0 0 0 0 0 0 0 0 0    |  0
            PHQ9 | 1 2 3 0 1 2 3 0 1    | 13
            PHQ9 | 3 3 3 3 3 3 3 3 3    | 27
            GAD7 | 0 0 0 0 0 0 0        |  0
            GAD7 | 1 1 1 1 1 0 0        |  5
            GAD7 | 3 3 3 3 3 3 3        | 21
            """)
    void scoresSingleItemMeanAndSum(Measure measure, String items, double score) {
        assertThat(measure.score(items(items))).isEqualTo(score);
    }

    @ParameterizedTest(name = "ODI [{0}] → {1} %")
    @CsvSource(delimiter = '|', textBlock = """
            0 0 0 0 0 0 0 0 0 0 |   0
            5 5 5 5 5 5 5 5 5 5 | 100
            2 2 2 2 2 2 2 2 2 2 |  40
            4 1 2 2 1 2 1 1 1 1 |  32
            4 1 2 2 1 2 1 1 2 _ |  35.56
            2 2 2 2 2 2 2 2 2 _ |  40
            _ 2 2 2 2 2 2 2 2 2 |  40
            5 5 _ 5 5 _ 0 0 0 0 |  50
            1 0 0 0 0 0 0 _ _ _ |   2.86
            _ _ _ _ _ _ _ _ _ 3 |  60
            _ _ _ _ 1 _ _ _ _ _ |  20
            """)
    void scoresOdiAsAPercentOfTheAnsweredSections(String items, double score) {
        assertThat(Measure.ODI.score(items(items))).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} [{1}] → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  | ''                    | NRS needs 1 item, got 0
            NRS  | 5 5                   | NRS needs 1 item, got 2
            PEG  | 6 6                   | PEG needs 3 items, got 2
            PEG  | 6 6 5 5               | PEG needs 3 items, got 4
            ODI  | 1 1 1 1 1 1 1 1 1     | ODI needs 10 items, got 9
            ODI  | _ _ _ _ _ _ _ _ _     | ODI needs 10 items, got 9
            PHQ9 | 0 0 0 0 0 0 0 0 0 0   | PHQ9 needs 9 items, got 10
            GAD7 | 0 0 0 0 0 0           | GAD7 needs 7 items, got 6
            """)
    void refusesTheWrongNumberOfItems(Measure measure, String items, String message) {
        assertRefused(measure, items, message);
    }

    @ParameterizedTest(name = "{0} [{1}] → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  | 11                    | NRS item 1 is 11, outside 0–10
            NRS  | -1                    | NRS item 1 is -1, outside 0–10
            PEG  | 5 11 5                | PEG item 2 is 11, outside 0–10
            PEG  | 5 5 -1                | PEG item 3 is -1, outside 0–10
            ODI  | 0 0 6 0 0 0 0 0 0 0   | ODI item 3 is 6, outside 0–5
            ODI  | _ _ _ _ _ _ _ _ _ -1  | ODI item 10 is -1, outside 0–5
            PHQ9 | 0 0 0 5 0 0 0 0 0     | PHQ9 item 4 is 5, outside 0–3
            PHQ9 | -1 0 0 0 0 0 0 0 0    | PHQ9 item 1 is -1, outside 0–3
            GAD7 | 0 0 0 0 0 0 4         | GAD7 item 7 is 4, outside 0–3
            """)
    void refusesAnItemOutsideTheItemRange(Measure measure, String items, String message) {
        assertRefused(measure, items, message);
    }

    @ParameterizedTest(name = "{0} [{1}] → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NRS  | _                     | NRS item 1 is missing
            PEG  | 5 _ 5                 | PEG item 2 is missing
            PHQ9 | 0 0 0 0 0 0 0 0 _     | PHQ9 item 9 is missing
            GAD7 | _ 0 0 0 0 0 0         | GAD7 item 1 is missing
            ODI  | _ _ _ _ _ _ _ _ _ _   | ODI needs at least one answered item, all 10 are skipped
            """)
    void refusesAMissingItemWhereTheMeasureDoesNotAllowSkipping(Measure measure, String items, String message) {
        assertRefused(measure, items, message);
    }

    @ParameterizedTest(name = "{0} without a list")
    @EnumSource(Measure.class)
    void refusesNoListAtAll(Measure measure) {
        assertThatThrownBy(() -> measure.score(null))
                .isInstanceOfSatisfying(InvalidItemsException.class, e -> assertThat(e.measure()).isEqualTo(measure))
                .hasMessage(measure.name() + " needs " + measure.itemCount()
                        + (measure.itemCount() == 1 ? " item" : " items") + ", got no list");
    }

    private static void assertRefused(Measure measure, String items, String message) {
        assertThatThrownBy(() -> measure.score(items(items)))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOfSatisfying(InvalidItemsException.class, e -> assertThat(e.measure()).isEqualTo(measure))
                .hasMessage(message);
    }
}
