package io.stepwise.referral.referral;

/**
 * No referral with this id, or none the calling partner may see: the two are answered alike (404, the same words), so
 * a partner cannot learn that another partner's referral exists.
 */
public class UnknownReferralException extends RuntimeException {

    public UnknownReferralException(String id) {
        super("No referral with this id");
    }
}
