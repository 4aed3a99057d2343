package io.stepwise.kit.security;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and whom they must be meant for.
 *
 * @param issuer     the realm's issuer, e.g. {@code http://localhost:8180/realms/stepwise}; every token's {@code iss}
 * @param jwkSetUri  where the signing keys are published; defaults to Keycloak's certs endpoint under the issuer
 * @param audience   the audience every access token must carry
 */
@ConfigurationProperties("stepwise.security")
public record StepwiseSecurityProperties(String issuer, URI jwkSetUri, String audience) {

    public static final String DEFAULT_AUDIENCE = "stepwise-api";

    public StepwiseSecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("stepwise.security.issuer must be set to the identity provider's issuer");
        }
        if (jwkSetUri == null) {
            jwkSetUri = URI.create(issuer.replaceAll("/+$", "") + "/protocol/openid-connect/certs");
        }
        if (audience == null || audience.isBlank()) {
            audience = DEFAULT_AUDIENCE;
        }
    }
}
