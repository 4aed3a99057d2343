package io.stepwise.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the running local realm up to a newer realm file without losing what was made in it since (partners'
 * clients, users): Keycloak's partial import with {@code ifResourceExists=SKIP} adds the file's clients, users and
 * roles the realm lacks and leaves every existing one as it is.
 */
final class RealmUpgrade {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RealmUpgrade() {
    }

    /**
     * In: the realm file, Keycloak's base URL and its master-realm administrator. Out: how many resources were added.
     *
     * @throws PlatformException when Keycloak refuses the administrator or the import
     */
    static int addMissing(Path realmFile, String keycloak, String adminUser, String adminPassword) {
        try {
            JsonNode realm = JSON.readTree(Files.readAllBytes(realmFile));
            ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
            for (String part : new String[] {"clients", "users", "roles"}) {
                if (realm.has(part)) {
                    partial.set(part, realm.get(part));
                }
            }
            String token = adminToken(keycloak, adminUser, adminPassword);
            var request = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + realm.get("realm").asText()
                            + "/partialImport"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(partial))).build();
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PlatformException("Keycloak refused to add the realm file's new parts: "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("added").asInt();
        } catch (IOException e) {
            throw new PlatformException("Could not bring the realm up to " + realmFile + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while bringing the realm up to date", e);
        }
    }

    private static String adminToken(String keycloak, String user, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(user) + "&password="
                + encode(password);
        var request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new PlatformException("Keycloak refused its local administrator: " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
