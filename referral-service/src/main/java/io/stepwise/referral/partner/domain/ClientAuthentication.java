package io.stepwise.referral.partner.domain;

/** How a partner's OAuth2 client proves who it is at Keycloak's token endpoint. */
public enum ClientAuthentication {
    /** A client secret (HTTP Basic or form), shown to the clinic admin once. */
    CLIENT_SECRET,
    /** A JWT assertion signed with the partner's own key, checked against its JWKS URL (SMART Backend Services). */
    SIGNED_JWT
}
