package io.stepwise.catalog.interaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.interactions.Conflict;
import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.interactions.TreatmentRef;

/** The clinic's rule set: every change raises its version and records the whole set as it became. */
class InteractionRuleSetTest {

    /**
     * Steps are {@code +id} (add a rule with that id) and {@code -id} (remove it). Removing an unknown rule changes
     * nothing.
     */
    @ParameterizedTest(name = "[{0}] → version {1}, {2} events, last with rules [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            +r1            | 1 | 1 | r1
            +r1 +r2        | 2 | 2 | r1 r2
            +r1 +r2 -r1    | 3 | 3 | r2
            +r1 -r1        | 2 | 2 | ''
            +r1 -r9        | 1 | 1 | r1
            -r9            | 0 | 0 | ''
            """)
    void everyChangeRaisesTheVersionAndRecordsTheWholeSet(String steps, long version, int events, String lastRules) {
        var set = InteractionRuleSet.empty();

        Arrays.stream(steps.split("\\s+")).forEach(step -> apply(set, step));

        assertThat(set.version()).isEqualTo(version);
        var recorded = set.outbox().recordedEvents();
        assertThat(recorded).hasSize(events).allSatisfy(event -> assertThat(event).isInstanceOf(InteractionRulesChanged.class));
        if (events > 0) {
            var last = (InteractionRulesChanged) recorded.getLast();
            assertThat(last.ruleSetId()).isEqualTo(InteractionRuleSet.CLINIC);
            assertThat(last.version()).isEqualTo(version);
            assertThat(last.rules()).extracting(InteractionRule::id).containsExactlyElementsOf(ids(lastRules));
            assertThat(last.rules()).isEqualTo(set.rules());
        }
    }

    @ParameterizedTest(name = "{0} then {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            t:tens, k:nsaid    | k:nsaid, t:tens     | DUPLICATE
            t:tens, k:nsaid    | t:tens, k:nsaid     | DUPLICATE
            k:nsaid, k:nsaid   | k:nsaid, k:nsaid    | DUPLICATE
            t:tens, t:tens     | -                   | SAME_TREATMENT
            """)
    void aSecondRuleForOnePairOrATreatmentWithItselfIsRefusedAndChangesNothing(String first, String second,
            RuleRefusedException.Reason reason) {
        var set = InteractionRuleSet.empty();
        if (second.equals("-")) {
            assertRefused(set, pair("r1", first), reason, 0);
            return;
        }
        set.add(pair("r1", first));
        assertRefused(set, pair("r2", second), reason, 1);
    }

    @Test
    void aKindWithItselfIsARuleAboutTwoTreatmentsOfThatKind() {
        var set = InteractionRuleSet.empty();
        set.add(pair("r1", "k:nsaid, k:nsaid"));
        assertThat(set.rules()).hasSize(1);
    }

    private static void assertRefused(InteractionRuleSet set, InteractionRule rule, RuleRefusedException.Reason reason,
            int rulesBefore) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> set.add(rule)).isInstanceOfSatisfying(
                RuleRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
        assertThat(set.rules()).hasSize(rulesBefore);
        assertThat(set.version()).isEqualTo(rulesBefore);
    }

    /** {@code "t:tens, k:nsaid"}: a treatment id or a kind on each side. */
    private static InteractionRule pair(String id, String sides) {
        String[] both = sides.split(",\\s*");
        return new InteractionRule(id, side(both[0]), side(both[1]), Severity.MAJOR, "test");
    }

    private static RuleSubject side(String side) {
        return side.startsWith("t:") ? RuleSubject.treatment(side.substring(2)) : RuleSubject.kind(side.substring(2));
    }

    @Test
    void eachEventKeepsTheSetAsItWasThen() {
        var set = InteractionRuleSet.empty();
        set.add(rule("r1"));
        set.add(rule("r2"));

        var first = (InteractionRulesChanged) set.outbox().recordedEvents().getFirst();

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.rules()).extracting(InteractionRule::id).containsExactly("r1");
    }

    @Test
    void removingReturnsTheRemovedRule() {
        var set = InteractionRuleSet.empty();
        set.add(rule("r1"));

        assertThat(set.remove("r1")).contains(rule("r1"));
        assertThat(set.remove("r1")).isEmpty();
        assertThat(set.find("r1")).isEmpty();
    }

    @Test
    void checksTreatmentsAgainstItsRules() {
        var set = InteractionRuleSet.empty();
        set.add(new InteractionRule("r1", RuleSubject.kind("nsaid"), RuleSubject.kind("nsaid"), Severity.MAJOR,
                "two NSAIDs"));

        var conflicts = set.conflictsAmong(List.of(new TreatmentRef("ibuprofen", "nsaid"),
                new TreatmentRef("tens", "modalities"), new TreatmentRef("naproxen", "nsaid")));

        assertThat(conflicts).containsExactly(
                new Conflict("ibuprofen", "naproxen", "r1", Severity.MAJOR, "two NSAIDs"));
    }

    private static void apply(InteractionRuleSet set, String step) {
        String id = step.substring(1);
        switch (step.charAt(0)) {
            case '+' -> set.add(rule(id));
            case '-' -> set.remove(id);
            default -> throw new IllegalArgumentException("a step is +id or -id, was " + step);
        }
    }

    private static InteractionRule rule(String id) {
        return new InteractionRule(id, RuleSubject.kind("kind-of-" + id), RuleSubject.kind("nsaid"), Severity.MAJOR,
                "with an NSAID");
    }

    private static List<String> ids(String ids) {
        return ids.isBlank() ? List.of() : List.of(ids.trim().split("\\s+"));
    }
}
