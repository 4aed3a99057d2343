package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.OTHER_CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class ComplementaryClearanceRuleTest {

    private final ComplementaryClearanceRule rule = new ComplementaryClearanceRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @ParameterizedTest(name = "{0} cleared by {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            acupuncture                | none    | BLOCK a1
            acupuncture                | dr-lee  | none
            acupuncture                | dr-park | BLOCK a1
            magnet-therapy             | none    | BLOCK a1
            magnet-therapy             | dr-lee  | none
            magnet-therapy             | dr-park | BLOCK a1
            acupuncture:CANCELLED      | none    | none
            stretching-program         | none    | none
            nsaid                      | none    | none
            epidural-steroid-injection | none    | none
            """)
    void aComplementaryTreatmentWaitsForTheTreatingPhysiciansClearance(String activity, String clearedBy,
            String expected) {
        var plan = plan(activity);
        if (clearedBy != null) {
            var clinician = clearedBy.equals(CLINICIAN.username()) ? CLINICIAN : OTHER_CLINICIAN;
            plan.recordClearance(clinician, "a1", "No contraindication", NOW, NO_FINDINGS);
        }

        var findings = rule.check(plan, context);

        assertThat(findings).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.rule())
                .isEqualTo(SafetyRuleId.COMPLEMENTARY_CLEARANCE));
    }

    @Test
    void aClearanceByAnotherClinicianSaysWhoTheTreatingPhysicianIs() {
        var plan = plan("acupuncture");
        plan.recordClearance(OTHER_CLINICIAN, "a1", "Fine by me", NOW, NO_FINDINGS);

        assertThat(rule.check(plan, context).getFirst().message())
                .isEqualTo("Acupuncture was cleared by dr-park, but the treating physician is dr-lee");
    }

    @Test
    void eachTreatmentIsClearedOnItsOwn() {
        var plan = plan("acupuncture magnet-therapy stretching-program");
        plan.recordClearance(CLINICIAN, "a2", "No implant, no pacemaker", NOW, NO_FINDINGS);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe).containsExactly("BLOCK a1");
    }
}
