package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class HepBeforeDischargeRuleTest {

    private final HepBeforeDischargeRule rule = new HepBeforeDischargeRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            stretching-program                                         | BLOCK a1
            stretching-program home-exercise-program                   | none
            stretching-program tens manual-therapy                     | BLOCK a1 a2 a3
            patient-education nsaid strengthening-program              | BLOCK a1 a3
            home-exercise-program                                      | none
            nsaid coping-skills-anxiety acupuncture spine-surgery      | none
            ''                                                         | none
            stretching-program:COMPLETED                               | BLOCK a1
            stretching-program:STOPPED                                 | BLOCK a1
            stretching-program:CANCELLED                               | none
            stretching-program:CANCELLED tens:COMPLETED                | BLOCK a2
            stretching-program:COMPLETED home-exercise-program:IN_PROGRESS | none
            stretching-program home-exercise-program:COMPLETED         | none
            stretching-program home-exercise-program:CANCELLED         | BLOCK a1
            stretching-program home-exercise-program:STOPPED           | BLOCK a1
            stretching-program home-exercise-program:STOPPED home-exercise-program | none
            """)
    void physicalTherapyEndsWithAHomeExerciseProgram(String activities, String expected) {
        var findings = rule.check(plan(activities), context);

        assertThat(findings).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.rule())
                .isEqualTo(SafetyRuleId.HEP_BEFORE_DISCHARGE));
    }
}
