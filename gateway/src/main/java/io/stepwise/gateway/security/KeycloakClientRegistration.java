package io.stepwise.gateway.security;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import io.stepwise.kit.security.StepwiseSecurityProperties;

/**
 * The portal's login registration, built from the issuer rather than discovered at start-up, so the gateway starts (and
 * answers health checks) while Keycloak is still starting. Keycloak's endpoint layout under the issuer is stable.
 */
final class KeycloakClientRegistration {

    static final String REGISTRATION_ID = "keycloak";

    private KeycloakClientRegistration() {
    }

    static ClientRegistration of(StepwiseSecurityProperties security, PortalClientProperties client) {
        String oidc = security.issuer().replaceAll("/+$", "") + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .jwkSetUri(security.jwkSetUri().toString())
                .userInfoUri(oidc + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(security.issuer())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .clientName("Stepwise")
                .build();
    }
}
