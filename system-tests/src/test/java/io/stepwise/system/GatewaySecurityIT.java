package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.TestIdentityProvider;

/** Through the real gateway, with real Keycloak tokens: who gets in, and who is turned away how. */
@ExtendWith(RunningPlatform.class)
class GatewaySecurityIT {

    private final Api gateway = Api.at(RunningPlatform.GATEWAY);

    @Test
    void eachDemoPartnerReadsItsReferralsWithAClientCredentialsToken() {
        for (String token : new String[] {KeycloakTokens.psychologyPartner(), KeycloakTokens.secondOpinionPartner()}) {
            var response = gateway.get("/partner-api/v1/referrals").bearer(token).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().has("content")).isTrue();
            assertThat(response.json().at("/page/number").asInt()).isZero();
        }
    }

    @Test
    void noTokenIs401ProblemJson() {
        assertProblem(gateway.get("/partner-api/v1/referrals").send(), 401);
        assertProblem(gateway.get("/api/plans?patientId=p1").send(), 401);
    }

    @Test
    void aTokenWithAChangedPayloadIs401() {
        String[] parts = KeycloakTokens.psychologyPartner().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("psychology-demo", "second-opinion-demo");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertProblem(gateway.get("/partner-api/v1/referrals").bearer(forged).send(), 401);
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String token = TestIdentityProvider.shared().token().issuer("http://localhost:8180/realms/stepwise")
                .client("partner-psychology-demo").partnerId("psychology-demo").roles("referral-partner").sign();
        assertProblem(gateway.get("/partner-api/v1/referrals").bearer(token).send(), 401);
    }

    @Test
    void aTokenFromKeycloaksMasterRealmIs401() {
        assertProblem(gateway.get("/partner-api/v1/referrals").bearer(KeycloakTokens.masterRealmAdmin()).send(), 401);
    }

    @Test
    void aPartnerTokenOnTheStaffApiIs403() {
        assertProblem(gateway.get("/api/plans?patientId=p1").bearer(KeycloakTokens.psychologyPartner()).send(), 403);
    }

    @Test
    void theServicesThemselvesRefuseMissingAndForeignTokens() {
        String master = KeycloakTokens.masterRealmAdmin();
        for (String url : new String[] {"http://127.0.0.1:8081/api/catalog/treatments",
                "http://127.0.0.1:8082/api/plans?patientId=p1", "http://127.0.0.1:8083/partner-api/v1/referrals"}) {
            var service = Api.at(url.substring(0, url.indexOf("/", 8)));
            String path = url.substring(url.indexOf("/", 8));
            assertProblem(service.get(path).send(), 401);
            assertProblem(service.get(path).bearer(master).send(), 401);
            assertProblem(service.get(path).bearer("not.a.token").send(), 401);
        }
    }

    @Test
    void theServicesAcceptARealPartnerTokenOnTheirOwnPortToo() {
        var response = Api.at("http://127.0.0.1:8083").get("/partner-api/v1/referrals")
                .bearer(KeycloakTokens.psychologyPartner()).send();
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void theGatewayReturnsOneCorrelationIdAndPassesItThrough() {
        var response = gateway.get("/partner-api/v1/referrals").bearer(KeycloakTokens.psychologyPartner())
                .header("X-Correlation-Id", "system-test-1").send();
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("system-test-1");
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }
}
