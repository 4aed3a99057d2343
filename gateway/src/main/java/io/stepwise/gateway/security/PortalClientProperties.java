package io.stepwise.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's own confidential client in the realm, used for the portal's authorization-code login. */
@ConfigurationProperties("stepwise.portal-client")
public record PortalClientProperties(String clientId, String clientSecret) {

    public PortalClientProperties {
        if (clientId == null || clientId.isBlank()) {
            clientId = "stepwise-gateway";
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("stepwise.portal-client.client-secret must be set");
        }
    }
}
