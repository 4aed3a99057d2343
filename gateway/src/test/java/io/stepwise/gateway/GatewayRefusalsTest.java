package io.stepwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.RecordingUpstream;

/**
 * Every refusal by the gateway is prompt and problem+json with the correlation id. Calls are bounded well below the
 * client's default, so a request the gateway never answers fails its test instead of blocking the build.
 */
class GatewayRefusalsTest extends GatewayTestBase {

    /** Far below the 40 s hang of a form post whose body the CSRF check had consumed. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String TREATMENT = "{\"name\":\"TENS\"}";
    private static final int ONE_MB = 1024 * 1024;

    // --- CSRF on the browser (session) chain; "session" tests log in through TestSessions, the others have no login

    @Test
    void anApiPostWithNeitherSessionNorTokenIsUnauthenticatedNotACsrfProblem() {
        var response = post("/api/catalog/treatments", TREATMENT).header("X-Correlation-Id", "csrf-1").send();

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.json().get("correlationId").asString()).isEqualTo("csrf-1");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void aSessionPostWithAWrongCsrfTokenIsA403CsrfProblem() {
        var response = post("/api/catalog/treatments", TREATMENT).header(TestSessions.ROLES_HEADER, "clinic-admin")
                .header("Cookie", "XSRF-TOKEN=right").header("X-XSRF-TOKEN", "wrong")
                .header("X-Correlation-Id", "csrf-2").send();

        assertProblem(response, 403, "csrf-rejected");
        assertThat(response.json().get("correlationId").asString()).isEqualTo("csrf-2");
        assertThat(upstream.received()).isEmpty();
    }

    /**
     * The reported hang: the CSRF check read the form to look for {@code _csrf}, and the proxied request then waited for
     * a body that was gone (here it would end as a 504 after the test's short response timeout).
     */
    @Test
    void aSessionFormPostToTheApiWithAValidCsrfTokenIsRefusedAtOnceInsteadOfHanging() {
        String token = csrfToken();
        for (var call : new Api.Call[] {
                post("/api/catalog/treatments", "name=TENS", FORM).header("X-XSRF-TOKEN", token),
                post("/api/catalog/treatments", "_csrf=" + token + "&name=TENS", FORM)}) {
            long started = System.nanoTime();
            var response = call.header(TestSessions.ROLES_HEADER, "clinic-admin")
                    .header("Cookie", "XSRF-TOKEN=" + token).send();

            assertProblem(response, 415, "unsupported-media-type");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(RESPONSE_TIMEOUT_SECONDS));
        }
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void aSessionJsonPostWithTheCsrfHeaderReachesTheServiceWithItsBody() {
        String token = csrfToken();
        var response = post("/api/catalog/treatments", TREATMENT).header(TestSessions.ROLES_HEADER, "clinic-admin")
                .header("Cookie", "XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(upstream.last().body()).isEqualTo(TREATMENT);
        assertThat(upstream.last().header("Cookie")).isNull();
    }

    @Test
    void aSessionPostWithoutACsrfTokenIsStillRefused() {
        var response = post("/api/catalog/treatments", TREATMENT).header(TestSessions.ROLES_HEADER, "clinic-admin")
                .send();

        assertProblem(response, 403, "csrf-rejected");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void aFormPostToTheApiIsRefusedAtOnceWithA415AndNeverReachesAService() {
        String token = csrfToken();
        for (var call : new Api.Call[] {
                post("/api/catalog/treatments", "_csrf=" + token + "&name=TENS", FORM)
                        .header("Cookie", "XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token),
                post("/api/catalog/treatments", "_csrf=" + token + "&name=TENS", FORM)
                        .header("Cookie", "XSRF-TOKEN=" + token),
                post("/api/catalog/treatments", multipart("_csrf", token), "multipart/form-data; boundary=b")
                        .header("Cookie", "XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token),
                post("/api/catalog/treatments", "name=TENS", FORM).bearer(idp.clinicAdmin()),
                post("/partner-api/v1/referrals", "name=TENS", FORM).bearer(idp.partner("psychology-demo"))}) {
            long started = System.nanoTime();
            var response = call.send();

            assertProblem(response, 415, "unsupported-media-type");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(RESPONSE_TIMEOUT_SECONDS));
        }
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void theLogoutFormStillSendsItsCsrfTokenAsAField() {
        String token = csrfToken();
        var logout = post("/logout", "_csrf=" + token, FORM).header("Cookie", "XSRF-TOKEN=" + token).send();

        assertThat(logout.status()).as(logout.toString()).isEqualTo(302);
        assertThat(logout.header("Location")).isNotBlank();

        var withoutToken = post("/logout", "", FORM).header("Cookie", "XSRF-TOKEN=" + token).send();
        assertProblem(withoutToken, 403, "csrf-rejected");
    }

    // --- the firewall

    @Test
    void pathsTheFirewallRefusesAre400ProblemsWithTheCorrelationId() {
        for (String path : new String[] {"/api/catalog/..%2Fplans", "/api/catalog/treatments;x=y", "//api/plans"}) {
            for (var call : new Api.Call[] {get(path), get(path).bearer(idp.clinician())}) {
                var response = call.header("X-Correlation-Id", "firewall-1").send();

                assertProblem(response, 400, "request-rejected");
                assertThat(response.json().get("correlationId").asString()).as(path).isEqualTo("firewall-1");
            }
        }
        assertThat(upstream.received()).isEmpty();
    }

    // --- timeouts and sizes

    @Test
    void aServiceThatAnswersTooLateIsA504ProblemWithinTheResponseTimeout() {
        long started = System.nanoTime();
        var response = get("/api/plans?patientId=p1").bearer(idp.clinician())
                .header(RecordingUpstream.DELAY_HEADER, "3000").send();

        assertProblem(response, 504, "gateway-timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(upstream.received()).hasSize(1);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWithA413BeforeReachingAService() {
        var response = post("/api/catalog/treatments", HttpRequest.BodyPublishers.ofByteArray(jsonOf(ONE_MB + 1)), JSON)
                .bearer(idp.clinicAdmin()).send();

        assertProblem(response, 413, "payload-too-large");
        assertThat(response.header("Connection")).as("the unread body ends the connection").isEqualToIgnoringCase("close");
        assertThat(upstream.received()).isEmpty();
    }

    @Test
    void aStreamedBodyLargerThanTheLimitIsCutOffWithA413() {
        byte[] body = jsonOf(2 * ONE_MB);
        var response = post("/api/catalog/treatments",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), JSON)
                .bearer(idp.clinicAdmin()).send();

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void aBodyWithinTheLimitPassesThroughUntouched() {
        byte[] body = jsonOf(ONE_MB - 10);
        var response = post("/api/catalog/treatments",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), JSON)
                .bearer(idp.clinicAdmin()).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(upstream.last().body()).hasSize(body.length).isEqualTo(new String(body));
    }

    @Test
    void overLongTargetsAndHeadersAndPathsThatAreNotUtf8AreProblemsWithTheCorrelationId() {
        var longTarget = get("/api/catalog/treatments?q=" + "x".repeat(9_000)).header("X-Correlation-Id", "head-1").send();
        assertProblem(longTarget, 414, "uri-too-long");
        assertThat(longTarget.json().get("correlationId").asString()).isEqualTo("head-1");
        assertProblem(get("/api/plans").header("X-Padding", "x".repeat(20_000)).send(), 431, "headers-too-large");
        assertProblem(get("/api/catalog/treatments/%C0%AE").send(), 400, "request-rejected");
        assertProblem(get("/api/catalog/treatments/%FF").send(), 400, "request-rejected");
        assertThat(upstream.received()).isEmpty();
        var accented = get("/api/catalog/treatments?q=cr%C3%A8me").bearer(idp.clinician()).send();
        assertThat(accented.status()).as("valid UTF-8 passes").isEqualTo(200);
    }

    /**
     * The one refusal that is not problem+json: beyond 64 KiB Netty's HTTP decoder answers itself, with an empty 431,
     * before any of the gateway's code (or its correlation id) sees the request. Pinned so a change shows.
     */
    @Test
    void headersOverNettysLimitAreRefusedByNettyWithAnEmpty431() {
        var response = get("/api/plans").header("X-Padding", "x".repeat(70_000)).send();

        assertThat(response.status()).isEqualTo(431);
        assertThat(response.body()).isEmpty();
        assertThat(upstream.received()).isEmpty();
    }

    // --- the bearer challenge

    @Test
    void a401WithoutATokenIsABareBearerChallenge() {
        var response = get("/api/plans?patientId=p1").send();

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void a401ForARefusedTokenSaysTheTokenIsInvalid() {
        for (String token : new String[] {"not-a-jwt", "not a token",
                idp.token().user("x").roles("clinician").signedByStranger().sign(),
                idp.token().user("x").roles("clinician").audience("account").sign()}) {
            var response = get("/api/plans?patientId=p1").bearer(token).send();

            assertProblem(response, 401, "unauthenticated");
            assertThat(response.header("WWW-Authenticate"))
                    .startsWith("Bearer error=\"invalid_token\", error_description=\"").endsWith("\"")
                    .doesNotContain("\\");
        }
        assertThat(upstream.received()).isEmpty();
    }

    // ---

    private Api.Call get(String path) {
        return Api.atPort(port).get(path).timeout(BOUND);
    }

    private Api.Call post(String path, String json) {
        return Api.atPort(port).post(path, json).timeout(BOUND);
    }

    private Api.Call post(String path, String body, String contentType) {
        return Api.atPort(port).post(path, body, contentType).timeout(BOUND);
    }

    private Api.Call post(String path, HttpRequest.BodyPublisher body, String contentType) {
        return Api.atPort(port).post(path, body, contentType).timeout(BOUND);
    }

    /** The XSRF-TOKEN cookie the gateway hands out on any page that passes its chain. */
    private String csrfToken() {
        ApiResponse health = get("/actuator/health").send();
        return health.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie in " + health.headers()));
    }

    private static String multipart(String field, String value) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n--b--\r\n";
    }

    private static byte[] jsonOf(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }
}
