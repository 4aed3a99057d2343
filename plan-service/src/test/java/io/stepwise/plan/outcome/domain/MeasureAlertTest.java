package io.stepwise.plan.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureAlertTest {

    private static List<Integer> items(String answers) {
        return Arrays.stream(answers.split(" ")).map(a -> a.equals("-") ? null : Integer.valueOf(a)).toList();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} alert(s)")
    @CsvSource(textBlock = """
            PHQ9, 0 0 0 0 0 0 0 0 1,             1
            PHQ9, 0 0 0 0 0 0 0 0 3,             1
            PHQ9, 3 3 3 3 3 3 3 3 0,             0
            PHQ9, 0 0 0 0 0 0 0 0 0,             0
            GAD7, 3 3 3 3 3 3 3,                 0
            ODI,  5 5 5 5 5 5 5 5 5 5,           0
            PEG,  10 10 10,                      0
            """)
    void onlyAPositiveNinthPhq9ItemRaisesAnAlertWhateverTheTotal(Measure measure, String answers, int alerts) {
        var found = measure.alerts(items(answers));
        assertThat(found).hasSize(alerts);
        found.forEach(alert -> assertThat(alert).contains("item 9").contains("self-harm"));
    }
}
