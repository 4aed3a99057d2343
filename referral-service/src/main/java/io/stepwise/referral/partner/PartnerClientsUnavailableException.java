package io.stepwise.referral.partner;

/** The identity provider failed, answered unexpectedly or could not be reached (answered 503). */
public class PartnerClientsUnavailableException extends RuntimeException {

    public PartnerClientsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
