package io.stepwise.plan.careplan.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.COORDINATOR;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.OTHER_CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.activity;
import static io.stepwise.plan.careplan.domain.PlanFixtures.add;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stepwise.plan.safety.domain.SafetyContext;
import io.stepwise.plan.safety.domain.SafetyEngine;

class TreatingPhysicianTest {

    private final SafetyCheck rules = SafetyEngine.standard(new SafetyContext(List.of(), TODAY));

    private static boolean clearanceFinding(CarePlan plan) {
        return plan.findings().stream().anyMatch(f -> f.rule() == SafetyRuleId.COMPLEMENTARY_CLEARANCE);
    }

    @Test
    void aClearanceCountsOnceItsClinicianBecomesTheTreatingPhysician() {
        CarePlan plan = draftPlan();
        add(plan, activity("a1", "acupuncture"));
        plan.recordClearance(OTHER_CLINICIAN, "a1", "No contraindication", NOW, rules);
        assertThat(clearanceFinding(plan)).isTrue();

        plan.assignTreatingPhysician(CLINICIAN, OTHER_CLINICIAN.username(), NOW, rules);

        assertThat(plan.treatingPhysician()).isEqualTo("dr-park");
        assertThat(clearanceFinding(plan)).isFalse();
    }

    @Test
    void onlyAClinicianChangesTheTreatingPhysicianOfAnOpenPlan() {
        CarePlan plan = draftPlan();
        assertThatThrownBy(() -> plan.assignTreatingPhysician(COORDINATOR, "dr-park", NOW, NO_FINDINGS))
                .isInstanceOf(NotPermittedException.class);
        plan.apply(CLINICIAN, PlanAction.REVOKE, NOW, NO_FINDINGS);
        assertThatThrownBy(() -> plan.assignTreatingPhysician(CLINICIAN, "dr-park", NOW, NO_FINDINGS))
                .isInstanceOf(IllegalPlanTransitionException.class);
        assertThat(plan.treatingPhysician()).isEqualTo("dr-lee");
    }
}
