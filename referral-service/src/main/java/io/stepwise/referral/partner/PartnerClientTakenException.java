package io.stepwise.referral.partner;

/** The identity provider has a client with this client id already (answered 409). */
public class PartnerClientTakenException extends RuntimeException {

    public PartnerClientTakenException(String clientId) {
        super("A client " + clientId + " exists already; choose another partner name");
    }
}
