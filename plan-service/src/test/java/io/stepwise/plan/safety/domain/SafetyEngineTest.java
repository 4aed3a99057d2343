package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.INTERACTION_RULES;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.activity;
import static io.stepwise.plan.careplan.domain.PlanFixtures.add;
import static io.stepwise.plan.careplan.domain.PlanFixtures.addGoal;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.measurableGoal;
import static io.stepwise.plan.careplan.domain.PlanFixtures.opioid;
import static io.stepwise.plan.careplan.domain.PlanFixtures.oral;
import static io.stepwise.plan.careplan.domain.PlanFixtures.reviewed;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.COMPLEMENTARY_CLEARANCE;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.COPING_SKILLS_SPECIALIST;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.HEP_BEFORE_DISCHARGE;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.INTERACTION;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.MEASURABLE_GOAL;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.MEDICATION_MONITORING;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.OPIOID_DOSE;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.OPIOID_SAFEGUARDS;
import static io.stepwise.plan.careplan.domain.SafetyRuleId.PROCEDURE_RISK_BENEFIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.Opioid;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class SafetyEngineTest {

    private final SafetyContext context = new SafetyContext(INTERACTION_RULES, TODAY);

    @Test
    void theStandardRulesAreTheNineInTheOrderOfTheirIds() {
        assertThat(SafetyEngine.RULES).extracting(SafetyRule::id).containsExactly(SafetyRuleId.values());
    }

    @Test
    void findingsComeInTheRulesOrderWhateverTheOrderOfTheActivities() {
        var plan = draftPlan();
        add(plan, activity("a1", "coping-skills-anxiety"), activity("a2", "stretching-program"),
                activity("a3", "epidural-steroid-injection"), activity("a4", "acupuncture"),
                opioid("a5", oral(Opioid.MORPHINE, 45, 2)), activity("a6", "muscle-relaxant"));

        var findings = SafetyEngine.standard(context).evaluate(plan);

        assertThat(findings).extracting(Finding::rule).containsExactly(INTERACTION, MEDICATION_MONITORING,
                OPIOID_SAFEGUARDS, OPIOID_DOSE, COMPLEMENTARY_CLEARANCE, PROCEDURE_RISK_BENEFIT,
                HEP_BEFORE_DISCHARGE, COPING_SKILLS_SPECIALIST, MEASURABLE_GOAL);
        assertThat(findings).extracting(Finding::activityIds).containsExactly(List.of("a5", "a6"),
                List.of("a6"), List.of("a5"), List.of("a5"), List.of("a4"), List.of("a3"), List.of("a2"),
                List.of("a1"), List.of());
    }

    @Test
    void theEngineRunsItsRulesInTheOrderGiven() {
        var plan = draftPlan();
        add(plan, activity("a1", "stretching-program"));
        var engine = new SafetyEngine(List.of(new MeasurableGoalRule(), new HepBeforeDischargeRule()), context);

        assertThat(engine.evaluate(plan)).extracting(Finding::rule).containsExactly(MEASURABLE_GOAL,
                HEP_BEFORE_DISCHARGE);
    }

    @Test
    void aPlanThatMeetsEveryRuleHasNoFindings() {
        CarePlan plan = draftPlan();
        add(plan, activity("a1", "stretching-program"), activity("a2", "home-exercise-program"),
                reviewed("a3", "nsaid", TODAY.plusWeeks(4)));
        addGoal(plan, measurableGoal("g1"));

        assertThat(SafetyEngine.standard(context).evaluate(plan)).isEmpty();
    }
}
