package io.stepwise.plan.careplan.domain;

import java.time.Instant;

/**
 * A clinician's record of the risk/benefit talk a procedure needs (the seed: weigh the risks and benefits, consider a
 * second opinion).
 *
 * @param secondOpinionOffered whether a second opinion was offered; if so the plan requests one
 */
public record RiskBenefitDiscussion(String risks, String benefits, String alternatives, PatientDecision patientDecision,
        boolean secondOpinionOffered, String by, Instant at) {
}
