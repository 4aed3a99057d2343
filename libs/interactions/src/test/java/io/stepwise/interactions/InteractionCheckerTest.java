package io.stepwise.interactions;

import static io.stepwise.interactions.Fixtures.expectedPairs;
import static io.stepwise.interactions.Fixtures.pairs;
import static io.stepwise.interactions.Fixtures.rule;
import static io.stepwise.interactions.Fixtures.treatments;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InteractionCheckerTest {

    @ParameterizedTest(name = "rule {0} – {1} on [{2}] → [{3}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            id:ibuprofen | id:oxycodone | ibuprofen oxycodone           | ibuprofen>oxycodone
            id:ibuprofen | id:oxycodone | oxycodone ibuprofen           | oxycodone>ibuprofen
            id:oxycodone | id:ibuprofen | ibuprofen oxycodone           | ibuprofen>oxycodone
            id:oxycodone | id:ibuprofen | oxycodone ibuprofen           | oxycodone>ibuprofen
            id:ibuprofen | id:oxycodone | ibuprofen tens oxycodone      | ibuprofen>oxycodone
            id:ibuprofen | id:oxycodone | naproxen tramadol             | none
            id:ibuprofen | id:oxycodone | ibuprofen                     | none
            """)
    void matchesByTreatmentIdInEitherOrder(String a, String b, String treatments, String expected) {
        assertThat(pairsFor(a, b, treatments)).isEqualTo(expectedPairs(expected));
    }

    @ParameterizedTest(name = "rule {0} – {1} on [{2}] → [{3}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            kind:nsaid    | kind:narcotic | ibuprofen oxycodone           | ibuprofen>oxycodone
            kind:nsaid    | kind:narcotic | oxycodone ibuprofen           | oxycodone>ibuprofen
            kind:narcotic | kind:nsaid    | ibuprofen oxycodone           | ibuprofen>oxycodone
            kind:narcotic | kind:nsaid    | oxycodone ibuprofen           | oxycodone>ibuprofen
            kind:nsaid    | kind:narcotic | ibuprofen oxycodone tramadol  | ibuprofen>oxycodone ibuprofen>tramadol
            kind:nsaid    | kind:narcotic | gabapentin tens               | none
            """)
    void matchesByKindInEitherOrder(String a, String b, String treatments, String expected) {
        assertThat(pairsFor(a, b, treatments)).isEqualTo(expectedPairs(expected));
    }

    @ParameterizedTest(name = "rule {0} – {1} on [{2}] → [{3}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            id:gabapentin | kind:narcotic   | gabapentin oxycodone          | gabapentin>oxycodone
            id:gabapentin | kind:narcotic   | tramadol gabapentin           | tramadol>gabapentin
            kind:narcotic | id:gabapentin   | gabapentin tramadol           | gabapentin>tramadol
            kind:narcotic | id:gabapentin   | oxycodone tramadol            | none
            id:gabapentin | kind:narcotic   | duloxetine oxycodone          | none
            """)
    void matchesAnIdOnOneSideAndAKindOnTheOther(String a, String b, String treatments, String expected) {
        assertThat(pairsFor(a, b, treatments)).isEqualTo(expectedPairs(expected));
    }

    @ParameterizedTest(name = "rule {0} – {1} on [{2}] → [{3}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            kind:nsaid    | kind:nsaid    | ibuprofen                     | none
            kind:nsaid    | kind:nsaid    | ibuprofen ibuprofen           | none
            kind:nsaid    | id:ibuprofen  | ibuprofen                     | none
            id:ibuprofen  | id:ibuprofen  | ibuprofen ibuprofen           | none
            kind:nsaid    | kind:nsaid    | ibuprofen tens                | none
            """)
    void neverPairsATreatmentWithItself(String a, String b, String treatments, String expected) {
        assertThat(pairsFor(a, b, treatments)).isEqualTo(expectedPairs(expected));
    }

    @ParameterizedTest(name = "rule {0} – {1} on [{2}] → [{3}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            kind:nsaid    | kind:nsaid    | ibuprofen naproxen            | ibuprofen>naproxen
            kind:nsaid    | kind:nsaid    | naproxen ibuprofen            | naproxen>ibuprofen
            kind:nsaid    | kind:nsaid    | naproxen tens ibuprofen       | naproxen>ibuprofen
            kind:narcotic | kind:narcotic | oxycodone tramadol ibuprofen  | oxycodone>tramadol
            """)
    void catchesTwoDifferentTreatmentsOfTheSameKind(String a, String b, String treatments, String expected) {
        assertThat(pairsFor(a, b, treatments)).isEqualTo(expectedPairs(expected));
    }

    static Stream<Arguments> rulesInAnyOrder() {
        var moderate = rule("moderate", "kind:nsaid", "kind:muscle-relaxant", Severity.MODERATE);
        var major = rule("major", "kind:nsaid", "kind:nsaid", Severity.MAJOR);
        var contraindicated = rule("contraindicated", "id:tramadol", "id:duloxetine", Severity.CONTRAINDICATED);
        var otherMajor = rule("other-major", "kind:narcotic", "kind:nerve-stabilizer-antiseizure", Severity.MAJOR);
        return Stream.of(
                Arguments.of(List.of(moderate, major, contraindicated, otherMajor)),
                Arguments.of(List.of(otherMajor, contraindicated, major, moderate)),
                Arguments.of(List.of(contraindicated, moderate, otherMajor, major)));
    }

    @ParameterizedTest
    @MethodSource("rulesInAnyOrder")
    void reportsTheMostSevereFirstAndKeepsTheTreatmentOrderWithinASeverity(List<InteractionRule> rules) {
        var conflicts = new InteractionChecker(rules)
                .conflictsAmong(treatments("ibuprofen cyclobenzaprine naproxen tramadol gabapentin duloxetine"));

        assertThat(conflicts).extracting(Conflict::severity).containsExactly(Severity.CONTRAINDICATED,
                Severity.MAJOR, Severity.MAJOR, Severity.MODERATE, Severity.MODERATE);
        assertThat(pairs(conflicts)).containsExactly("tramadol>duloxetine", "ibuprofen>naproxen",
                "tramadol>gabapentin", "ibuprofen>cyclobenzaprine", "cyclobenzaprine>naproxen");
    }

    @Test
    void aConflictCarriesTheRuleThatApplies() {
        var rule = new InteractionRule("r-7", RuleSubject.kind("nsaid"), RuleSubject.treatment("oxycodone"),
                Severity.MAJOR, "bleeding risk");

        var conflicts = new InteractionChecker(List.of(rule)).conflictsAmong(treatments("oxycodone naproxen"));

        assertThat(conflicts).containsExactly(
                new Conflict("oxycodone", "naproxen", "r-7", Severity.MAJOR, "bleeding risk"));
    }

    @Test
    void noRulesNoConflicts() {
        assertThat(new InteractionChecker(List.of()).conflictsAmong(treatments("ibuprofen naproxen"))).isEmpty();
    }

    private static List<String> pairsFor(String a, String b, String treatments) {
        var checker = new InteractionChecker(List.of(rule("r", a, b, Severity.MAJOR)));
        return pairs(checker.conflictsAmong(treatments(treatments)));
    }
}
