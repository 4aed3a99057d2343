package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.referralTo;
import static io.stepwise.plan.careplan.domain.PlanFixtures.referralUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.PlanAdditions;
import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.ReferralStatus;
import io.stepwise.plan.careplan.domain.SafetyRuleId;
import io.stepwise.plan.careplan.domain.Specialty;

class CopingSkillsSpecialistRuleTest {

    private final CopingSkillsSpecialistRule rule = new CopingSkillsSpecialistRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @ParameterizedTest(name = "the psychologist referral {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            REQUESTED   | WARNING a1
            RECEIVED    | WARNING a1
            ACCEPTED    | WARNING a1
            IN_PROGRESS | WARNING a1
            ON_HOLD     | WARNING a1
            COMPLETED   | none
            CANCELLED   | BLOCK a1
            REJECTED    | BLOCK a1
            FAILED      | BLOCK a1
            """)
    void copingSkillsWaitForTheSpecialistTheyRequested(ReferralStatus status, String expected) {
        var plan = plan("coping-skills-anxiety");
        if (status != ReferralStatus.REQUESTED) {
            plan.applyReferralUpdate(referralUpdate(onlyReferral(plan), 1, status), NO_FINDINGS);
        }

        var findings = rule.check(plan, context);

        assertThat(findings).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.rule())
                .isEqualTo(SafetyRuleId.COPING_SKILLS_SPECIALIST));
    }

    @ParameterizedTest(name = "{0} referral {1} after the first was cancelled → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            PSYCHIATRIST             | REQUESTED | WARNING a1
            PAIN_SPECIALIST          | REQUESTED | WARNING a1
            PAIN_SPECIALIST          | COMPLETED | none
            PSYCHOLOGIST             | COMPLETED | none
            PHYSICAL_THERAPIST       | COMPLETED | BLOCK a1
            SECOND_OPINION_PHYSICIAN | REQUESTED | BLOCK a1
            """)
    void onlyAPsychologistPsychiatristOrPainSpecialistCounts(Specialty specialty, ReferralStatus status,
            String expected) {
        var plan = plan("coping-skills-anxiety");
        plan.applyReferralUpdate(referralUpdate(onlyReferral(plan), 1, ReferralStatus.CANCELLED), NO_FINDINGS);
        plan.add(CLINICIAN, PlanAdditions.referral(referralTo(specialty)), NOW, NO_FINDINGS);
        if (status != ReferralStatus.REQUESTED) {
            plan.applyReferralUpdate(referralUpdate(plan.referrals().getLast().id(), 1, status), NO_FINDINGS);
        }

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void everyCopingSkillsActivityWithoutASpecialistIsBlocked() {
        var plan = plan("coping-skills-anxiety stretching-program coping-skills-depression");
        plan.applyReferralUpdate(referralUpdate(onlyReferral(plan), 1, ReferralStatus.REJECTED), NO_FINDINGS);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe).containsExactly("BLOCK a1",
                "BLOCK a3");
    }

    @Test
    void aCancelledCopingSkillsActivityNeedsNoSpecialist() {
        var plan = plan("coping-skills-anxiety:CANCELLED");
        plan.applyReferralUpdate(referralUpdate(onlyReferral(plan), 1, ReferralStatus.CANCELLED), NO_FINDINGS);

        assertThat(rule.check(plan, context)).isEmpty();
    }

    @Test
    void withoutCopingSkillsNothingIsFound() {
        assertThat(rule.check(plan("stretching-program nsaid"), context)).isEmpty();
    }

    private static String onlyReferral(CarePlan plan) {
        assertThat(plan.referrals()).hasSize(1);
        return plan.referrals().getFirst().id();
    }
}
