package io.stepwise.plan.careplan.domain;

import java.time.Instant;

/** A physician's clearance of a complementary treatment (the seed: check with your physician first). */
public record Clearance(String note, String by, Instant at) {
}
