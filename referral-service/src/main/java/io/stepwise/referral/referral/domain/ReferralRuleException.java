package io.stepwise.referral.referral.domain;

/** A change the referral's rules refuse whatever its status: a missing reason or report, a bad date (422). */
public class ReferralRuleException extends RuntimeException {

    public ReferralRuleException(String message) {
        super(message);
    }
}
