package io.stepwise.referral.partner;

import static io.stepwise.referral.partner.PartnerFixtures.IDP;
import static io.stepwise.referral.partner.PartnerFixtures.onboardNamed;
import static io.stepwise.referral.partner.PartnerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;

/** Only clinic admins reach /api/partners: staff of other roles and partners get 403, callers without a token 401. */
@ServiceTest(database = "referral-partners-test", kafka = true)
@Import(PartnerTestDoubles.class)
class PartnerRolesTest {

    @LocalServerPort
    int port;

    @Autowired
    RecordingPartnerClients identityProvider;

    @Test
    void everyPartnerEndpointIsForClinicAdminsOnly() {
        Api api = Api.atPort(port);
        var partner = onboardNamed(api, uniqueName("Roles Check")).json();
        String id = partner.get("id").asString();
        String clientId = partner.get("clientId").asString();
        String newPartner = PartnerFixtures.body(uniqueName("Not Allowed"), "[\"SURGEON\"]", PartnerFixtures.WEBHOOK,
                null);
        String[][] endpoints = {
                {"GET", "/api/partners", null},
                {"GET", "/api/partners/" + id, null},
                {"POST", "/api/partners", newPartner},
                {"POST", "/api/partners/" + id + "/rotate-secret", ""},
                {"POST", "/api/partners/" + id + "/rotate-webhook-secret", ""},
                {"PUT", "/api/partners/" + id + "/webhook", "{\"url\":\"https://hooks.lakeside.test/other\"}"},
                {"POST", "/api/partners/" + id + "/deactivate", ""}};
        String[] wrongRoles = {IDP.clinician(), IDP.coordinator(), IDP.partner(id)};

        for (String[] endpoint : endpoints) {
            for (String token : wrongRoles) {
                assertProblem(call(api, endpoint, token), 403, endpoint);
            }
            assertProblem(call(api, endpoint, null), 401, endpoint);
        }

        assertThat(identityProvider.callsFor(clientId)).containsExactly("create " + clientId);
        var after = api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send();
        assertThat(after.header("ETag")).isEqualTo("\"0\"");
        assertThat(after.json().get("active").asBoolean()).isTrue();
    }

    private static ApiResponse call(Api api, String[] endpoint, String token) {
        var call = endpoint[2] == null ? api.method(endpoint[0], endpoint[1])
                : api.method(endpoint[0], endpoint[1], endpoint[2]);
        call.header("If-Match", "*");
        return token == null ? call.send() : call.bearer(token).send();
    }

    private static void assertProblem(ApiResponse response, int status, String[] endpoint) {
        assertThat(response.status()).as(endpoint[0] + " " + endpoint[1] + ": " + response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
