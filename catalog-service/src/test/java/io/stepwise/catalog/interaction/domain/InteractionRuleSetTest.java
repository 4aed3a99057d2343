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
        set.add(rule("r1"));

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
        return new InteractionRule(id, RuleSubject.kind("nsaid"), RuleSubject.kind("nsaid"), Severity.MAJOR,
                "two NSAIDs");
    }

    private static List<String> ids(String ids) {
        return ids.isBlank() ? List.of() : List.of(ids.trim().split("\\s+"));
    }
}
