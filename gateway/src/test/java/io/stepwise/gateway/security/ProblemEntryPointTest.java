package io.stepwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** RFC 6750: error_description is printable ASCII without {@code "} or {@code \}. */
class ProblemEntryPointTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jwt expired at 2026-11-29T10:00:00Z | Jwt expired at 2026-11-29T10:00:00Z
            The "aud" claim is not valid        | The  aud  claim is not valid
            a\\b                                | a b
            tab\there                           | tab here
            naïve                               | na ve
            """)
    void descriptionsAreMadeQuotable(String description, String quotable) {
        assertThat(ProblemEntryPoint.quotable(description.replace("\\t", "\t"))).isEqualTo(quotable);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingDescriptionSaysTheTokenIsInvalid(String description) {
        assertThat(ProblemEntryPoint.quotable(description)).isEqualTo("The access token is invalid");
    }

    @org.junit.jupiter.api.Test
    void aLongDescriptionIsCutAt200Characters() {
        assertThat(ProblemEntryPoint.quotable("x".repeat(500))).hasSize(200);
    }
}
