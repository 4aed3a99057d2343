package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.add;
import static io.stepwise.plan.careplan.domain.PlanFixtures.apply;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.moveTo;
import static io.stepwise.plan.careplan.domain.PlanFixtures.opioid;
import static io.stepwise.plan.careplan.domain.PlanFixtures.oral;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.ActivityStatus;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Opioid;
import io.stepwise.plan.careplan.domain.OpioidDose;
import io.stepwise.plan.careplan.domain.PlanAction;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class OpioidDoseRuleTest {

    private final OpioidDoseRule rule = new OpioidDoseRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            MORPHINE 49.99 1                      | none
            MORPHINE 50 1                         | WARNING a1
            MORPHINE 89.99 1                      | WARNING a1
            MORPHINE 90 1                         | BLOCK a1
            MORPHINE 200 3                        | BLOCK a1
            OXYCODONE 5 3                         | none
            OXYCODONE 20 3                        | BLOCK a1
            FENTANYL_TRANSDERMAL 25               | WARNING a1
            FENTANYL_TRANSDERMAL 37.5             | BLOCK a1
            TRAMADOL 50 4                         | none
            MORPHINE 25 1; OXYCODONE 8.33 2       | none
            MORPHINE 30 1; OXYCODONE 10 2         | WARNING a1 a2
            MORPHINE 45 1; OXYCODONE 10 3         | BLOCK a1 a2
            HYDROCODONE 10 4; FENTANYL_TRANSDERMAL 12 | WARNING a1 a2
            """)
    void theTotalDailyMmeWarnsFromFiftyAndBlocksFromNinety(String doses, String expected) {
        var plan = planWith(doses);

        var findings = rule.check(plan, context);

        assertThat(findings).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo(SafetyRuleId.OPIOID_DOSE);
            assertThat(finding.message()).contains("Total daily dose is " + plan.totalDailyMme().toPlainString()
                    + " MME/day");
        });
    }

    @ParameterizedTest(name = "second opioid {0}")
    @CsvSource({"STOPPED", "CANCELLED", "COMPLETED"})
    void anOpioidNoLongerTakenIsNotCounted(ActivityStatus ended) {
        var plan = planWith("MORPHINE 60 1; MORPHINE 40 1");
        apply(plan, PlanAction.ACTIVATE);
        moveTo(plan, "a2", ended);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe).containsExactly("WARNING a1");
    }

    @Test
    void anOpioidOnHoldStillCounts() {
        var plan = planWith("MORPHINE 60 1; MORPHINE 40 1");
        apply(plan, PlanAction.ACTIVATE);
        moveTo(plan, "a2", ActivityStatus.ON_HOLD);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe).containsExactly("BLOCK a1 a2");
    }

    @Test
    void reachingTheNextThresholdIsANewFinding() {
        var warning = rule.check(planWith("MORPHINE 60 1"), context).getFirst();
        var block = rule.check(planWith("MORPHINE 95 1"), context).getFirst();
        var sameWarning = rule.check(planWith("MORPHINE 70 1"), context).getFirst();

        assertThat(block.id()).isNotEqualTo(warning.id());
        assertThat(sameWarning.id()).isEqualTo(warning.id());
    }

    @Test
    void otherMedicationsAreNotCounted() {
        assertThat(rule.check(PlanFixtures.plan("nsaid muscle-relaxant antidepressant-nerve-stabilizer"), context))
                .isEmpty();
    }

    /** "MORPHINE 30 1; FENTANYL_TRANSDERMAL 25": one opioid activity per dose, a1, a2, … */
    private static CarePlan planWith(String doses) {
        var activities = new ArrayList<NewActivity>();
        for (String dose : doses.split(";")) {
            String[] parts = dose.trim().split("\\s+");
            var opioid = Opioid.valueOf(parts[0]);
            var parsed = opioid.isTransdermal() ? new OpioidDose(opioid, null, null, Double.valueOf(parts[1]))
                    : oral(opioid, Double.parseDouble(parts[1]), Integer.parseInt(parts[2]));
            activities.add(opioid("a" + (activities.size() + 1), parsed));
        }
        var plan = draftPlan();
        add(plan, activities.toArray(NewActivity[]::new));
        return plan;
    }
}
