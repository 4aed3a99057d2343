package io.stepwise.referral.partner.domain;

/** A change the partner's state does not allow (answered 422); the message says which partner and why. */
public class PartnerRuleException extends RuntimeException {

    public PartnerRuleException(String message) {
        super(message);
    }
}
