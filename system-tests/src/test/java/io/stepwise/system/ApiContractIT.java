package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list, precondition and refusal contract as a clinic admin meets it: a real browser session through the gateway,
 * real Keycloak, the real services. Every example found when the catalog was first tried is pinned here.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class ApiContractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static com.microsoft.playwright.Browser browser;
    private static BrowserContext session;
    private static Page page;

    @BeforeAll
    static void logInAsClinicAdmin(com.microsoft.playwright.Browser shared) {
        browser = shared;
        session = browser.newContext();
        page = PortalSession.loggedIn(session, "clinic-admin", "clinic-admin");
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    private static APIResponse call(String method, String path, Map<String, String> headers, String body) {
        var options = RequestOptions.create().setMethod(method).setTimeout(15_000);
        headers.forEach(options::setHeader);
        if (body != null) {
            options.setData(body);
        }
        return session.request().fetch(RunningPlatform.GATEWAY + path, options);
    }

    private static Map<String, String> csrf(Map<String, String> headers) {
        var withToken = new java.util.HashMap<>(headers);
        withToken.put("X-XSRF-TOKEN", PortalSession.csrfToken(session));
        return withToken;
    }

    private static JsonNode json(APIResponse response) {
        return JSON.readTree(response.text());
    }

    private static void assertProblem(APIResponse response, int status, String kind) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        var problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:stepwise:problem:" + kind);
        assertThat(problem.get("correlationId").asString()).isNotBlank();
    }

    @Test
    void pagesPastTheEndAndOffsetsThatDoNotFit() {
        var total = json(call("GET", "/api/catalog/treatments?size=1", Map.of(), null)).at("/page/totalElements").asLong();
        var beyond = call("GET", "/api/catalog/treatments?page=1000&size=20", Map.of(), null);
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(json(beyond).get("content").isEmpty()).isTrue();
        assertThat(json(beyond).at("/page/totalElements").asLong()).isEqualTo(total);

        var overflow = call("GET", "/api/catalog/treatments?page=2147483647&size=2", Map.of(), null);
        assertProblem(overflow, 400, "invalid-parameter");
        assertThat(json(overflow).at("/errors/0/field").asString()).isEqualTo("page");
        var huge = call("GET", "/api/catalog/treatments?page=1100000&size=2000", Map.of(), null);
        assertProblem(huge, 400, "invalid-parameter");
        assertThat(json(huge).at("/errors/0/field").asString()).isEqualTo("size");
        for (var bad : List.of(List.of("page=abc", "page"), List.of("size=-5", "size"), List.of("sort=nosuch", "sort"),
                List.of("sort=outbox", "sort"), List.of("sort=name,sideways", "sort"))) {
            var refused = call("GET", "/api/catalog/treatments?" + bad.get(0), Map.of(), null);
            assertProblem(refused, 400, "invalid-parameter");
            assertThat(json(refused).at("/errors/0/field").asString()).isEqualTo(bad.get(1));
        }
    }

    @Test
    void sortByTheApisFieldNames() {
        var names = json(call("GET", "/api/catalog/treatments?size=100&sort=name,desc", Map.of(), null)).get("content")
                .valueStream().map(t -> t.get("name").asString()).toList();
        assertThat(names).hasSizeGreaterThan(20).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
    }

    @Test
    void everyChangeTakesIfMatchAndACreateWithoutIdGetsASlug() {
        var created = call("POST", "/api/catalog/treatments", csrf(Map.of("Content-Type", "application/json")), """
                {"name":"Contract test ice pack","category":"PHYSICAL_THERAPY","kind":"modality","mode":"PASSIVE",
                 "invasiveness":"NONE","flags":{"requiresMonitoring":false,"controlledSubstance":false,
                 "requiresRiskBenefitDiscussion":false,"requiresPhysicianClearance":false,"homeExerciseProgram":false}}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = json(created).get("id").asString();
        assertThat(id).startsWith("contract-test-ice-pack");
        String etag = created.headers().get("etag");

        String publish = "/api/catalog/treatments/" + id + "/publish";
        assertProblem(call("POST", publish, csrf(Map.of()), null), 428, "precondition-required");
        assertProblem(call("POST", publish, csrf(Map.of("If-Match", "W/" + etag)), null), 412, "precondition-failed");
        assertProblem(call("POST", publish, csrf(Map.of("If-Match", "\"12345\"")), null), 412, "precondition-failed");
        var published = call("POST", publish, csrf(Map.of("If-Match", etag)), null);
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        var retired = call("POST", "/api/catalog/treatments/" + id + "/retire", csrf(Map.of("If-Match", "*")), null);
        assertThat(retired.status()).as(retired.text()).isEqualTo(200);
    }

    @Test
    void aFormBodyOnTheApiIsRefusedAtOnceNotLeftHanging() {
        long started = System.nanoTime();
        var withHeader = call("POST", "/api/catalog/treatments",
                csrf(Map.of("Content-Type", "application/x-www-form-urlencoded")), "name=x&category=MEDICATION");
        assertProblem(withHeader, 415, "unsupported-media-type");
        var withField = call("POST", "/api/catalog/treatments", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "_csrf=" + PortalSession.csrfToken(session) + "&name=x");
        assertThat(withField.status()).isIn(403, 415);
        assertThat(withField.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsAProblemNotPlainText() {
        var refused = call("POST", "/api/catalog/treatments", Map.of("Content-Type", "application/json"), "{}");
        assertProblem(refused, 403, "csrf-rejected");
        var noSessionNoToken = Api.at(RunningPlatform.GATEWAY).post("/api/catalog/treatments", "{}").send();
        assertThat(noSessionNoToken.status()).as("an API client that forgot its token is told so").isEqualTo(401);
    }

    @Test
    void urlsTheFirewallRefusesAreProblemsWithTheCorrelationId() {
        for (String path : List.of("/api/catalog/..%2Fplans", "/api/catalog/treatments;x=y", "//api/plans",
                "/api/catalog/treatments/%C0%AE")) {
            ApiResponse response = Api.at(RunningPlatform.GATEWAY).get(path).header("X-Correlation-Id", "firewall-1").send();
            assertThat(response.status()).as(path + " " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:stepwise:problem:request-rejected");
            assertThat(response.json().get("correlationId").asString()).isEqualTo("firewall-1");
        }
    }

    @Test
    void overLongTargetsAndHeadersAreProblemsToo() {
        var longTarget = Api.at(RunningPlatform.GATEWAY).get("/api/catalog/treatments?q=" + "x".repeat(9_000)).send();
        assertThat(longTarget.status()).isEqualTo(414);
        assertThat(longTarget.json().get("type").asString()).isEqualTo("urn:stepwise:problem:uri-too-long");
        var bigHeaders = Api.at(RunningPlatform.GATEWAY).get("/api/catalog/treatments")
                .header("X-Padding", "x".repeat(20_000)).send();
        assertThat(bigHeaders.status()).isEqualTo(431);
        assertThat(bigHeaders.json().get("type").asString()).isEqualTo("urn:stepwise:problem:headers-too-large");
    }

    @Test
    void aRejectedTokenIsChallengedAsInvalid() {
        var response = Api.at(RunningPlatform.GATEWAY).get("/partner-api/v1/referrals").bearer("not.a.token").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        var none = Api.at(RunningPlatform.GATEWAY).get("/partner-api/v1/referrals").send();
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anOperatorSeesNoFailedOutboxDocumentsOnAHealthyPlatform() {
        var failed = call("GET", "/api/catalog/outbox/failed-documents", Map.of(), null);
        assertThat(failed.status()).as(failed.text()).isEqualTo(200);
        assertThat(json(failed).get("content").isEmpty()).isTrue();
        assertProblem(call("GET", "/api/catalog/outbox/failed-documents?sort=nosuch", Map.of(), null), 400,
                "invalid-parameter");
    }
}
