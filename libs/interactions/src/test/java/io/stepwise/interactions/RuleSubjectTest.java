package io.stepwise.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSubjectTest {

    @ParameterizedTest(name = "treatmentId={0}, kind={1} is refused")
    @CsvSource(nullValues = "none", value = {
            "none,      none",
            "ibuprofen, nsaid"})
    void namesEitherATreatmentOrAKind(String treatmentId, String kind) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSubject(treatmentId, kind))
                .withMessageContaining("either a treatment or a kind");
    }

    @ParameterizedTest(name = "{0} matches {1} ({2}): {3}")
    @CsvSource({
            "id:ibuprofen, ibuprofen, nsaid,    true",
            "id:ibuprofen, naproxen,  nsaid,    false",
            "kind:nsaid,   naproxen,  nsaid,    true",
            "kind:nsaid,   nsaid,     narcotic, false"})
    void matchesByIdOrByKind(String subject, String treatmentId, String kind, boolean matches) {
        assertThat(Fixtures.subject(subject).matches(new TreatmentRef(treatmentId, kind))).isEqualTo(matches);
    }

    @Test
    void aRuleNeedsBothSidesASeverityAndAReason() {
        var side = RuleSubject.kind("nsaid");
        assertThatNullPointerException().isThrownBy(() -> new InteractionRule("r", null, side, Severity.MAJOR, "x"));
        assertThatNullPointerException().isThrownBy(() -> new InteractionRule("r", side, side, null, "x"));
        assertThatNullPointerException().isThrownBy(() -> new InteractionRule("r", side, side, Severity.MAJOR, null));
    }
}
