package io.stepwise.kit.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.stepwise.kit.problem.ProblemException;

/** RFC 9110 If-Match with strong comparison, against a representation whose ETag is "7". */
class IfMatchTest {

    @ParameterizedTest(name = "If-Match: {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "7"              | matches
            *                | matches
            "3", "7"         | matches
            "3",   "7"  ,"9" | matches
            "3"              | 412
            W/"7"            | 412
            7                | 412
            "70"             | 412
            *, "7"           | 412
            """)
    void strongComparisonAndStar(String header, String expected) {
        if (expected.equals("matches")) {
            assertThatCode(() -> IfMatch.required(header).check("Treatment t", 7)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> IfMatch.required(header).check("Treatment t", 7)).isInstanceOfSatisfying(
                    ProblemException.class, problem -> org.assertj.core.api.Assertions
                            .assertThat(problem.getStatusCode().value()).isEqualTo(412));
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingHeaderIs428(String header) {
        assertThatThrownBy(() -> IfMatch.required(header)).isInstanceOfSatisfying(ProblemException.class,
                problem -> org.assertj.core.api.Assertions.assertThat(problem.getStatusCode().value()).isEqualTo(428));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"0\"", "W/\"x\""})
    void aCreateTakesNoIfMatch(String header) {
        assertThatThrownBy(() -> IfMatch.refuseOnCreate(header)).isInstanceOf(ProblemException.class);
        assertThatCode(() -> IfMatch.refuseOnCreate(null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 41})
    void anyMatchesWhateverIsCurrent(long revision) {
        assertThatCode(() -> IfMatch.ANY.check("x", revision)).doesNotThrowAnyException();
    }
}
