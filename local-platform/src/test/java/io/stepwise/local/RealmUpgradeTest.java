package io.stepwise.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Bringing an existing local realm up to a newer realm file, against a scripted Keycloak admin API: the file's
 * clients, users and roles go to the partial import with SKIP (nothing existing is overwritten), with the master
 * administrator's token; a refusal stops the start with a clear message.
 */
class RealmUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer keycloak;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile JsonNode imported;
    private volatile int importStatus = 200;

    @BeforeEach
    void scriptedKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/master/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add("token " + form);
            answer(exchange, 200, "{\"access_token\":\"admin-token\"}");
        });
        keycloak.createContext("/admin/realms/stepwise/partialImport", exchange -> {
            calls.add("import " + exchange.getRequestHeaders().getFirst("Authorization"));
            imported = JSON.readTree(exchange.getRequestBody().readAllBytes());
            answer(exchange, importStatus, importStatus == 200 ? "{\"added\":2,\"skipped\":9}" : "{\"error\":\"no\"}");
        });
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void theFilesClientsUsersAndRolesAreAddedWhereMissingAndNothingIsOverwritten(@TempDir Path dir) throws IOException {
        Path realm = realmFile(dir);

        int added = RealmUpgrade.addMissing(realm, url(), "admin", "secret pass");

        assertThat(added).isEqualTo(2);
        assertThat(calls).containsExactly("token grant_type=password&client_id=admin-cli&username=admin"
                + "&password=secret+pass", "import Bearer admin-token");
        assertThat(imported.path("ifResourceExists").asText()).isEqualTo("SKIP");
        assertThat(imported.path("clients").get(0).path("clientId").asText()).isEqualTo("stepwise-referral-service");
        assertThat(imported.path("users").get(0).path("username").asText())
                .isEqualTo("service-account-stepwise-referral-service");
        assertThat(imported.path("roles").path("realm").get(0).path("name").asText()).isEqualTo("referral-partner");
        assertThat(imported.has("realm")).as("only the parts a partial import takes").isFalse();
    }

    @Test
    void aRefusedImportStopsTheStartSayingWhy(@TempDir Path dir) throws IOException {
        importStatus = 403;
        Path realm = realmFile(dir);

        assertThatThrownBy(() -> RealmUpgrade.addMissing(realm, url(), "admin", "admin"))
                .isInstanceOf(PlatformException.class).hasMessageContaining("403");
    }

    private String url() {
        return "http://127.0.0.1:" + keycloak.getAddress().getPort();
    }

    private static Path realmFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("realm.json"), """
                {"realm":"stepwise","enabled":true,
                 "roles":{"realm":[{"name":"referral-partner"}]},
                 "clients":[{"clientId":"stepwise-referral-service","serviceAccountsEnabled":true}],
                 "users":[{"username":"service-account-stepwise-referral-service",
                           "serviceAccountClientId":"stepwise-referral-service"}]}
                """);
    }

    private static void answer(HttpExchange exchange, int status, String body)
            throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
