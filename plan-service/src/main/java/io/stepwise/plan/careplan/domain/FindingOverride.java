package io.stepwise.plan.careplan.domain;

import java.time.Instant;

/**
 * A clinician's decision to proceed despite a finding.
 *
 * @param by     the clinician's user name
 * @param reason why, in the clinician's words
 * @param at     when (UTC)
 */
public record FindingOverride(String by, String reason, Instant at) {
}
