package io.stepwise.referral.partner;

/** No partner has this id (answered 404). */
public class UnknownPartnerException extends RuntimeException {

    public UnknownPartnerException(String id) {
        super("No partner " + id);
    }
}
