package io.stepwise.referral.partner.keycloak;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How referral-service reaches Keycloak's admin API to manage partners' clients: as its own confidential service
 * client (client credentials) whose service account holds realm-management's {@code manage-clients} and
 * {@code view-clients}.
 *
 * @param serverUrl    Keycloak's base URL, e.g. {@code http://localhost:8180}
 * @param realm        the realm the partners' clients live in, and the service client too
 * @param clientId     the service's own client, {@code stepwise-referral-service}
 * @param clientSecret its secret (from {@code STEPWISE_REFERRAL_KEYCLOAK_SECRET}); blank until configured, when
 *                     onboarding answers 503
 * @param timeout      how long one call may take to connect, and again to answer
 */
@ConfigurationProperties("stepwise.keycloak-admin")
public record KeycloakAdminProperties(String serverUrl, String realm, String clientId, String clientSecret,
        Duration timeout) {

    public KeycloakAdminProperties {
        serverUrl = serverUrl == null || serverUrl.isBlank() ? "http://localhost:8180"
                : serverUrl.replaceAll("/+$", "");
        realm = realm == null || realm.isBlank() ? "stepwise" : realm;
        clientId = clientId == null || clientId.isBlank() ? "stepwise-referral-service" : clientId;
        clientSecret = clientSecret == null ? "" : clientSecret;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** Never the secret: configuration is logged on failures. */
    @Override
    public String toString() {
        return "KeycloakAdminProperties[serverUrl=" + serverUrl + ", realm=" + realm + ", clientId=" + clientId
                + ", timeout=" + timeout + "]";
    }
}
