package io.stepwise.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/** Real tokens from the running Keycloak. */
final class KeycloakTokens {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakTokens() {
    }

    static String partner(String clientId, String secret) {
        return token("stepwise", Map.of("grant_type", "client_credentials"), clientId + ":" + secret);
    }

    /**
     * A token for a client that authenticates with a JWT assertion signed by its own key (Keycloak's "Signed JWT"
     * authenticator, RFC 7523, as SMART Backend Services do) instead of a secret.
     */
    static String partnerWithAssertion(String clientAssertion) {
        return token("stepwise", Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", clientAssertion), null);
    }

    static String psychologyPartner() {
        return partner("partner-psychology-demo", "local-psychology-secret");
    }

    static String secondOpinionPartner() {
        return partner("partner-second-opinion-demo", "local-second-opinion-secret");
    }

    /** A perfectly valid token, but from Keycloak's master realm: not one Stepwise trusts. */
    static String masterRealmAdmin() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"), null);
    }

    private static String token(String realm, Map<String, String> form, String basicCredentials) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(RunningPlatform.KEYCLOAK + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (basicCredentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
