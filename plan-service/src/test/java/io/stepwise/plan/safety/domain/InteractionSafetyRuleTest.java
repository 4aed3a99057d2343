package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.INTERACTION_RULES;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.describe;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class InteractionSafetyRuleTest {

    private final InteractionSafetyRule rule = new InteractionSafetyRule();
    private final SafetyContext context = new SafetyContext(INTERACTION_RULES, TODAY);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            narcotic-pain-medication muscle-relaxant                                 | BLOCK a1 a2
            muscle-relaxant narcotic-pain-medication                                 | BLOCK a1 a2
            tens spinal-cord-stimulator                                              | BLOCK a1 a2
            spinal-cord-stimulator magnet-therapy                                    | BLOCK a1 a2
            muscle-relaxant antidepressant-nerve-stabilizer                          | WARNING a1 a2
            nsaid nsaid                                                              | BLOCK a1 a2
            nsaid stretching-program nsaid                                           | BLOCK a1 a3
            narcotic-pain-medication muscle-relaxant antidepressant-nerve-stabilizer | BLOCK a1 a2; WARNING a2 a3
            nsaid muscle-relaxant tens acupuncture                                   | none
            nsaid                                                                    | none
            ''                                                                       | none
            narcotic-pain-medication:CANCELLED muscle-relaxant                       | none
            narcotic-pain-medication muscle-relaxant:STOPPED                         | none
            tens:COMPLETED spinal-cord-stimulator                                    | none
            nsaid:IN_PROGRESS nsaid:ON_HOLD                                          | BLOCK a1 a2
            tens:SCHEDULED spinal-cord-stimulator                                    | BLOCK a1 a2
            """)
    void catalogRulesAgainstEveryPairOfLiveActivities(String activities, String expected) {
        var findings = rule.check(plan(activities == null ? "" : activities), context);

        assertThat(findings).extracting(PlanFixtures::describe).containsExactlyElementsOf(expectedFindings(expected));
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo(SafetyRuleId.INTERACTION);
            assertThat(finding.override()).isNull();
        });
    }

    @Test
    void theFindingNamesBothTreatmentsTheSeverityAndTheReason() {
        var finding = rule.check(plan("narcotic-pain-medication muscle-relaxant"), context).getFirst();

        assertThat(finding.message()).isEqualTo("Narcotic (opioid) pain medication with Muscle relaxant (MAJOR): "
                + "Both can cause sedation");
    }

    @Test
    void withoutCatalogRulesNothingInteracts() {
        var findings = rule.check(plan("narcotic-pain-medication muscle-relaxant nsaid nsaid"),
                new SafetyContext(List.of(), TODAY));

        assertThat(findings).isEmpty();
    }

    @Test
    void twoRulesOnOnePairAreTwoFindingsWithTheirOwnIds() {
        var sedation = new InteractionRule("sedation", RuleSubject.kind("narcotic"),
                RuleSubject.kind("muscle-relaxant"), Severity.MODERATE, "Sedation");
        var findings = rule.check(plan("narcotic-pain-medication muscle-relaxant"),
                new SafetyContext(List.of(PlanFixtures.NARCOTIC_WITH_MUSCLE_RELAXANT, sedation), TODAY));

        assertThat(findings).extracting(PlanFixtures::describe).containsExactly("BLOCK a1 a2", "WARNING a1 a2");
        assertThat(findings.get(0).id()).isNotEqualTo(findings.get(1).id());
    }

    @Test
    void theSameFindingKeepsItsIdAcrossEvaluations() {
        var plan = plan("narcotic-pain-medication muscle-relaxant");

        assertThat(rule.check(plan, context).getFirst().id()).isEqualTo(rule.check(plan, context).getFirst().id());
    }

    static List<String> expectedFindings(String expected) {
        return expected == null ? List.of() : Arrays.stream(expected.split(";")).map(String::trim).toList();
    }
}
