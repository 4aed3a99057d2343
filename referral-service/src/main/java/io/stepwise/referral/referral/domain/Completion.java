package io.stepwise.referral.referral.domain;

import java.time.Instant;

/**
 * What a partner reported when it completed the referral.
 *
 * @param report         the report, in words
 * @param opinion        a second opinion's verdict; null for other specialties
 * @param recommendation a second opinion's recommendation; may accompany other reports too
 * @param at             when it was completed
 */
public record Completion(String report, SecondOpinion opinion, String recommendation, Instant at) {
}
