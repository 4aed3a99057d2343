package io.stepwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.Api;

class GatewayTest extends GatewayTestBase {

    @Test
    void routesEachPrefixWithoutRewritingAndPassesTheBearerTokenOn() {
        String token = idp.clinician();
        for (String path : new String[] {"/api/catalog/treatments?q=tens", "/api/plans?patientId=p1", "/api/patients/p1",
                "/api/referrals/r1", "/api/partners"}) {
            var response = Api.atPort(port).get(path).bearer(token).header("Cookie", "SESSION=abc").send();
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(upstream.last().pathAndQuery()).isEqualTo(path);
            assertThat(upstream.last().header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(upstream.last().header("Cookie")).isNull();
        }
        var partner = Api.atPort(port).get("/partner-api/v1/referrals").bearer(idp.partner("psychology-demo")).send();
        assertThat(partner.status()).isEqualTo(200);
        assertThat(upstream.last().pathAndQuery()).isEqualTo("/partner-api/v1/referrals");
    }

    @Test
    void forwardsAndReturnsTheCorrelationId() {
        var response = Api.atPort(port).get("/api/plans?patientId=p1").bearer(idp.coordinator())
                .header("X-Correlation-Id", "trace-7").send();
        assertThat(response.header("X-Correlation-Id")).isEqualTo("trace-7");
        assertThat(upstream.last().header("X-Correlation-Id")).isEqualTo("trace-7");
    }

    @Test
    void anApiRequestWithoutCredentialsGets401ProblemNotARedirect() {
        var response = Api.atPort(port).get("/api/plans?patientId=p1").header("Accept", "text/html").send();
        assertProblem(response, 401, "unauthenticated");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void aPageRequestWithoutASessionIsSentToLogin() {
        var response = Api.atPort(port).get("/").header("Accept", "text/html").send();
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/oauth2/authorization/keycloak");
    }

    @Test
    void badTokensGet401AndNeverReachAService() {
        assertProblem(Api.atPort(port).get("/api/plans").bearer("not-a-jwt").send(), 401, "unauthenticated");
        assertProblem(Api.atPort(port).get("/api/plans").bearer(idp.token().user("x").roles("clinician")
                .signedByStranger().sign()).send(), 401, "unauthenticated");
        assertProblem(Api.atPort(port).get("/api/plans").bearer(idp.token().user("x").roles("clinician")
                .audience("account").sign()).send(), 401, "unauthenticated");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void partnersReachOnlyThePartnerApiAndStaffOnlyTheStaffApi() {
        assertProblem(Api.atPort(port).get("/api/plans?patientId=p1").bearer(idp.partner("psychology-demo")).send(), 403, "forbidden");
        assertProblem(Api.atPort(port).get("/partner-api/v1/referrals").bearer(idp.clinician()).send(), 403, "forbidden");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void answersWhoIsCalling() {
        var me = Api.atPort(port).get("/api/me").bearer(idp.clinician()).send();
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("clinician");
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("clinician");
    }

    @Test
    void anUnknownPathIsA404Problem() {
        assertProblem(Api.atPort(port).get("/api/nothing-here").bearer(idp.clinician()).send(), 404, "not-found");
    }
}
