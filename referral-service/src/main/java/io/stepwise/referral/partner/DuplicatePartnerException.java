package io.stepwise.referral.partner;

/** A partner with this client id (a name that reads the same) exists already (answered 409). */
public class DuplicatePartnerException extends RuntimeException {

    DuplicatePartnerException(String name, String clientId) {
        super("A partner named like " + name + " exists already (client " + clientId + ")");
    }
}
