package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.referralUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.PatientDecision;
import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.ReferralStatus;
import io.stepwise.plan.careplan.domain.RiskBenefitDiscussion;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class ProcedureRiskBenefitRuleTest {

    private final ProcedureRiskBenefitRule rule = new ProcedureRiskBenefitRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @ParameterizedTest(name = "{0}, decision {1}, second opinion offered {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            epidural-steroid-injection           | none      | false | BLOCK a1
            epidural-steroid-injection           | PROCEED   | false | none
            epidural-steroid-injection           | DECLINE   | false | BLOCK a1
            epidural-steroid-injection           | UNDECIDED | false | BLOCK a1
            spinal-cord-stimulator               | none      | false | BLOCK a1
            spine-surgery                        | none      | false | BLOCK a1
            spine-surgery                        | PROCEED   | false | none
            spine-surgery                        | PROCEED   | true  | WARNING a1
            spine-surgery                        | DECLINE   | true  | BLOCK a1
            spine-surgery:CANCELLED              | none      | false | none
            nsaid                                | none      | false | none
            acupuncture                          | none      | false | none
            """)
    void aProcedureWaitsForARiskBenefitDiscussionInWhichThePatientDecidesToProceed(String activity,
            PatientDecision decision, boolean secondOpinion, String expected) {
        var plan = plan(activity);
        if (decision != null) {
            discuss(plan, "a1", decision, secondOpinion);
        }

        var findings = rule.check(plan, context);

        assertThat(findings).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.rule())
                .isEqualTo(SafetyRuleId.PROCEDURE_RISK_BENEFIT));
    }

    @ParameterizedTest(name = "second opinion {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            RECEIVED    | WARNING a1
            ACCEPTED    | WARNING a1
            IN_PROGRESS | WARNING a1
            COMPLETED   | none
            CANCELLED   | none
            REJECTED    | none
            """)
    void theWarningLastsWhileTheSecondOpinionIsUnderWay(ReferralStatus status, String expected) {
        var plan = plan("spine-surgery");
        discuss(plan, "a1", PatientDecision.PROCEED, true);
        plan.applyReferralUpdate(referralUpdate(plan.referrals().getFirst().id(), 1, status), NO_FINDINGS);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void eachProcedureIsDiscussedOnItsOwn() {
        var plan = plan("epidural-steroid-injection spine-surgery");
        discuss(plan, "a2", PatientDecision.PROCEED, false);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe).containsExactly("BLOCK a1");
    }

    @Test
    void aDeclinedProcedureSaysWhatThePatientDecided() {
        var plan = plan("spine-surgery");
        discuss(plan, "a1", PatientDecision.DECLINE, false);

        assertThat(rule.check(plan, context).getFirst().message()).endsWith("the patient's decision is DECLINE");
    }

    private static void discuss(CarePlan plan, String activityId, PatientDecision decision, boolean secondOpinion) {
        plan.recordRiskBenefitDiscussion(CLINICIAN, activityId, new RiskBenefitDiscussion("Infection, nerve injury",
                "Less leg pain", "Physical therapy", decision, secondOpinion, null, null), NOW, NO_FINDINGS);
    }
}
