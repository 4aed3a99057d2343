package io.stepwise.bench;

import java.util.Map;

/**
 * Machine clients with the clinic-admin role (the catalog's writes) and the clinician role (care plans), created in the
 * running Keycloak through its admin API for the length of a benchmark run (the realm file grants no such clients: the
 * benchmark platform is throw-away).
 */
final class BenchClient {

    static final String CLIENT_ID = "stepwise-bench";
    static final String CLINICIAN_ID = "stepwise-bench-clinician";
    private static final String SECRET = "bench-only-secret";
    private static final String ADMIN = "http://localhost:8180/admin/realms/stepwise";

    private BenchClient() {
    }

    static void create() {
        create(CLIENT_ID, "clinic-admin");
        create(CLINICIAN_ID, "clinician");
    }

    private static void create(String clientId, String realmRole) {
        String admin = Http.token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"), null);
        String client = """
                {"clientId":"%s","secret":"%s","enabled":true,"publicClient":false,"standardFlowEnabled":false,
                 "serviceAccountsEnabled":true,"protocolMappers":[{"name":"stepwise-api audience","protocol":"openid-connect",
                 "protocolMapper":"oidc-audience-mapper","config":{"included.custom.audience":"stepwise-api",
                 "access.token.claim":"true","id.token.claim":"false"}}]}""".formatted(clientId, SECRET);
        Http.expect(201, Http.send("POST", ADMIN + "/clients", admin, client, Map.of()));
        String internalId = Http.json(Http.send("GET", ADMIN + "/clients?clientId=" + clientId, admin, null, Map.of()))
                .get(0).get("id").asString();
        String userId = Http.json(Http.send("GET", ADMIN + "/clients/" + internalId + "/service-account-user", admin, null,
                Map.of())).get("id").asString();
        var role = Http.json(Http.send("GET", ADMIN + "/roles/" + realmRole, admin, null, Map.of()));
        Http.expect(204, Http.send("POST", ADMIN + "/users/" + userId + "/role-mappings/realm", admin,
                "[" + role.toString() + "]", Map.of()));
    }

    /** A clinic admin's access token. */
    static String token() {
        return Http.token("stepwise", Map.of("grant_type", "client_credentials"), CLIENT_ID + ":" + SECRET);
    }

    /** A clinician's access token (the actor is the client id). */
    static String clinicianToken() {
        return Http.token("stepwise", Map.of("grant_type", "client_credentials"), CLINICIAN_ID + ":" + SECRET);
    }
}
