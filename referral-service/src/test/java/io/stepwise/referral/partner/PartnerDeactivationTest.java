package io.stepwise.referral.partner;

import static io.stepwise.referral.partner.PartnerFixtures.IDP;
import static io.stepwise.referral.partner.PartnerFixtures.onboardNamed;
import static io.stepwise.referral.partner.PartnerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Deactivating a partner disables its client and refuses its tokens at the platform at once, not when they expire;
 * other partners are not affected; repeating it changes nothing.
 */
@ServiceTest(database = "referral-partners-test", kafka = true)
@Import(PartnerTestDoubles.class)
class PartnerDeactivationTest {

    private static final String REFERRALS = "/partner-api/v1/referrals";

    @LocalServerPort
    int port;

    @Autowired
    RecordingPartnerClients identityProvider;

    Api api;

    @BeforeEach
    void api() {
        api = Api.atPort(port);
    }

    @Test
    void aDeactivatedPartnersUnexpiredTokenIsRefusedAtOnceWhileAnotherPartnersTokenStillWorks() {
        JsonNode leaving = onboardNamed(api, uniqueName("Leaving Practice")).json();
        JsonNode staying = onboardNamed(api, uniqueName("Staying Practice")).json();
        String leavingToken = IDP.partner(leaving.get("id").asString());
        String stayingToken = IDP.partner(staying.get("id").asString());
        assertThat(api.get(REFERRALS).bearer(leavingToken).send().status()).isEqualTo(200);
        assertThat(api.get(REFERRALS).bearer(stayingToken).send().status()).isEqualTo(200);

        var deactivated = deactivate(leaving.get("id").asString(), "\"0\"");

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("deactivatedAt").isNull()).isFalse();
        assertThat(deactivated.header("ETag")).isEqualTo("\"1\"");
        String clientId = leaving.get("clientId").asString();
        assertThat(identityProvider.client(clientId).enabled()).isFalse();

        var refused = api.get(REFERRALS).bearer(leavingToken).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(api.get(REFERRALS + "/" + UUID.randomUUID()).bearer(leavingToken).send().status()).isEqualTo(401);
        assertThat(api.get(REFERRALS).bearer(IDP.partner(leaving.get("id").asString())).send().status())
                .isEqualTo(401);
        assertThat(api.get(REFERRALS).bearer(stayingToken).send().status()).isEqualTo(200);
    }

    @Test
    void deactivatingAgainChangesNothingAndDisablesTheClientAgain() {
        JsonNode partner = onboardNamed(api, uniqueName("Twice Deactivated")).json();
        String id = partner.get("id").asString();
        String clientId = partner.get("clientId").asString();
        var first = deactivate(id, "\"0\"");

        var again = deactivate(id, "\"1\"");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
        assertThat(again.json().get("deactivatedAt")).isEqualTo(first.json().get("deactivatedAt"));
        assertThat(identityProvider.callsFor(clientId)).containsExactly("create " + clientId, "disable " + clientId,
                "disable " + clientId);
        assertThat(deactivate(id, "\"0\"").status()).isEqualTo(412);
        assertThat(deactivate(id, null).status()).isEqualTo(428);
    }

    @Test
    void whenTheClientCannotBeDisabledThePartnerIsDeactivatedAllTheSameAndARepeatDisablesIt() {
        JsonNode partner = onboardNamed(api, uniqueName("Keycloak Hiccup")).json();
        String id = partner.get("id").asString();
        String token = IDP.partner(id);
        identityProvider.failNext("disable", new PartnerClientsUnavailableException("Keycloak is down", null));

        var failed = deactivate(id, "\"0\"");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().get("detail").asString()).contains("is deactivated").contains("repeat");
        assertThat(api.get(REFERRALS).bearer(token).send().status()).isEqualTo(401);
        assertThat(identityProvider.client(partner.get("clientId").asString()).enabled()).isTrue();

        assertThat(deactivate(id, "*").status()).isEqualTo(200);
        assertThat(identityProvider.client(partner.get("clientId").asString()).enabled()).isFalse();
    }

    @Test
    void aTokenNamingNoPartnerIsRefusedAndStaffTokensAreNotConcerned() {
        var unknown = api.get(REFERRALS).bearer(IDP.partner("no-such-partner-" + UUID.randomUUID())).send();
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        assertThat(api.get("/api/partners").bearer(IDP.clinicAdmin()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/referrals").bearer(IDP.clinician()).send().status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedPartnersCredentialsAndWebhookNoLongerChange() {
        JsonNode partner = onboardNamed(api, uniqueName("Closed Practice")).json();
        String id = partner.get("id").asString();
        deactivate(id, "\"0\"");

        for (var call : new Api.Call[] {
                api.post("/api/partners/" + id + "/rotate-secret", ""),
                api.post("/api/partners/" + id + "/rotate-webhook-secret", ""),
                api.method("PUT", "/api/partners/" + id + "/webhook", "{\"url\":\"https://hooks.lakeside.test/x\"}")}) {
            var refused = call.bearer(IDP.clinicAdmin()).header("If-Match", "*").send();
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().get("detail").asString()).contains("deactivated");
        }
    }

    private ApiResponse deactivate(String id, String ifMatch) {
        var call = api.post("/api/partners/" + id + "/deactivate", "").bearer(IDP.clinicAdmin());
        return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
    }
}
