package io.stepwise.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

    @Test
    void mostSevereFirst() {
        assertThat(Severity.values()).containsExactly(Severity.CONTRAINDICATED, Severity.MAJOR, Severity.MODERATE);
    }

    @ParameterizedTest(name = "{0} is more severe than {1}: {2}")
    @CsvSource({
            "CONTRAINDICATED, MAJOR,           true",
            "CONTRAINDICATED, MODERATE,        true",
            "MAJOR,           MODERATE,        true",
            "MAJOR,           CONTRAINDICATED, false",
            "MODERATE,        MAJOR,           false",
            "MAJOR,           MAJOR,           false"})
    void ranksBySeverity(Severity one, Severity other, boolean moreSevere) {
        assertThat(one.isMoreSevereThan(other)).isEqualTo(moreSevere);
    }
}
