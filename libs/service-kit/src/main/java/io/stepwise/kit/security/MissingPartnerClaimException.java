package io.stepwise.kit.security;

import org.springframework.security.access.AccessDeniedException;

/** A token with the partner role but no {@code partner_id}: a realm misconfiguration, refused rather than guessed. */
public class MissingPartnerClaimException extends AccessDeniedException {

    public MissingPartnerClaimException() {
        super("The token carries no partner_id claim");
    }
}
