package io.stepwise.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;

/** Reads who is calling from an access token. */
public final class Callers {

    private Callers() {
    }

    /** The referral partner organisation a partner client acts for (Keycloak's hard-coded {@code partner_id} claim). */
    public static String partnerId(Jwt jwt) {
        String partnerId = jwt.getClaimAsString("partner_id");
        if (partnerId == null || partnerId.isBlank()) {
            throw new MissingPartnerClaimException();
        }
        return partnerId;
    }

    /**
     * Who acts: the user name for people, the client id for machine clients (whose Keycloak service-account user name,
     * {@code service-account-<client>}, says nothing more), else the subject.
     */
    public static String actor(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username != null && !username.startsWith("service-account-")) {
            return username;
        }
        String client = client(jwt);
        return client != null ? client : jwt.getSubject();
    }

    /** The OAuth2 client the token was issued to. */
    public static String client(Jwt jwt) {
        return jwt.getClaimAsString("azp");
    }
}
