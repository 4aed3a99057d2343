package io.stepwise.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void mostSevereFirst() {
        assertThat(Severity.values()).containsExactly(Severity.CONTRAINDICATED, Severity.MAJOR, Severity.MODERATE);
    }
}
