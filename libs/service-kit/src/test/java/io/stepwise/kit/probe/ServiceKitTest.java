package io.stepwise.kit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

@ServiceTest(database = "kit-probe")
class ServiceKitTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    private ApiResponse getHello(String token) {
        var call = Api.atPort(port).get("/api/probe/hello");
        return (token == null ? call : call.bearer(token)).send();
    }

    @Test
    void acceptsAValidTokenWithTheRightRole() {
        var response = getHello(idp.clinician());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("text").asString()).isEqualTo("hello");
    }

    @Test
    void refusesAMissingTokenWithProblemJsonAndABearerChallenge() {
        var response = getHello(null);
        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        assertUnauthorized(getHello(idp.token().user("mallory").roles("clinician").signedByStranger().sign()));
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() {
        String[] parts = idp.coordinator().split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("care-coordinator", "clinician").getBytes());
        assertUnauthorized(getHello(parts[0] + "." + forgedPayload + "." + parts[2]));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertUnauthorized(getHello(idp.token().user("clinician").roles("clinician")
                .issuer("http://127.0.0.1:1/realms/master").sign()));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertUnauthorized(getHello(idp.token().user("clinician").roles("clinician").audience("account").sign()));
    }

    @Test
    void refusesAnExpiredToken() {
        assertUnauthorized(getHello(idp.token().user("clinician").roles("clinician").expiresIn(Duration.ofMinutes(-5)).sign()));
    }

    @Test
    void refusesTheWrongRoleWith403ProblemJson() {
        var response = getHello(idp.coordinator());
        assertThat(response.status()).isEqualTo(403);
        assertProblem(response, 403);
    }

    @Test
    void deniesEndpointsNoRuleNames() {
        var response = Api.atPort(port).get("/api/unlisted").bearer(idp.clinicAdmin()).send();
        assertThat(response.status()).isEqualTo(403);
        assertProblem(response, 403);
    }

    @Test
    void answersUnknownPathsMethodsAndMediaTypesWithProblems() {
        assertProblem(Api.atPort(port).get("/api/probe/nothing-here").bearer(idp.clinician()).send(), 404);
        assertProblem(Api.atPort(port).method("DELETE", "/api/probe/hello").bearer(idp.clinician()).send(), 405);
        assertProblem(Api.atPort(port).get("/api/probe/hello").bearer(idp.clinician()).header("Accept", "application/xml").send(), 406);
        assertProblem(Api.atPort(port).post("/api/probe/echo", "text").header("Content-Type", "text/plain").bearer(idp.clinician()).send(), 415);
        assertProblem(Api.atPort(port).post("/api/probe/echo", "{not json").bearer(idp.clinician()).send(), 400);
    }

    @Test
    void answersDomainRefusalsWithProblemsThatKeepTheirDetail() {
        for (int status : new int[] {409, 412, 422, 428}) {
            var response = Api.atPort(port).get("/api/probe/status/" + status).bearer(idp.clinician()).send();
            assertProblem(response, status);
            assertThat(response.json().get("detail").asString()).isEqualTo("Refused with " + status);
        }
    }

    @Test
    void hidesTheCauseOfAnUnexpectedFailure() {
        var response = Api.atPort(port).get("/api/probe/boom").bearer(idp.clinician()).send();
        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void echoesAnOfferedCorrelationIdAndMakesOneOtherwise() {
        var offered = Api.atPort(port).get("/api/probe/boom").bearer(idp.clinician()).header("X-Correlation-Id", "case-42").send();
        assertThat(offered.header("X-Correlation-Id")).isEqualTo("case-42");
        assertThat(offered.json().get("correlationId").asString()).isEqualTo("case-42");

        var unsafe = getHelloWithCorrelation("<script>");
        assertThat(unsafe.header("X-Correlation-Id")).isNotBlank().isNotEqualTo("<script>");
        assertThat(getHello(null).header("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void servesLivenessAndReadinessWithoutAToken() {
        assertThat(Api.atPort(port).get("/actuator/health/liveness").send().status()).isEqualTo(200);
        assertThat(Api.atPort(port).get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }

    private ApiResponse getHelloWithCorrelation(String correlationId) {
        return Api.atPort(port).get("/api/probe/hello").bearer(idp.clinician()).header("X-Correlation-Id", correlationId).send();
    }

    private static void assertUnauthorized(ApiResponse response) {
        assertProblem(response, 401);
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
    }
}
