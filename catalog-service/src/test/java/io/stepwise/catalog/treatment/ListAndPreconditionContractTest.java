package io.stepwise.catalog.treatment;

import static io.stepwise.catalog.CatalogRequests.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/** The API contract every list and every change follows, pinned on the catalog's endpoints. */
@ServiceTest(database = "catalog-service-test", kafka = true)
class ListAndPreconditionContractTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    private ApiResponse list(String query) {
        return Api.atPort(port).get("/api/catalog/treatments?" + query).bearer(idp.clinician()).send();
    }

    private static void assertInvalidParameter(ApiResponse response, String parameter) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:stepwise:problem:invalid-parameter");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(parameter);
    }

    @Test
    void aPageBeyondTheListIsEmptyWithTheTrueTotal() {
        long total = list("size=1").json().at("/page/totalElements").asLong();
        var beyond = list("page=1000&size=20");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().get("content").isEmpty()).isTrue();
        assertThat(beyond.json().at("/page/totalElements").asLong()).isEqualTo(total);
    }

    @Test
    void anOffsetThatDoesNotFitOrASizeOutOfRangeIs400NamingTheParameter() {
        assertInvalidParameter(list("page=2147483647&size=2"), "page");
        assertInvalidParameter(list("page=1100000&size=2000"), "size");
        assertInvalidParameter(list("page=abc"), "page");
        assertInvalidParameter(list("page=-1"), "page");
        assertInvalidParameter(list("size=-5"), "size");
        assertInvalidParameter(list("size=0"), "size");
    }

    @Test
    void sortKeysAreTheApisNames() {
        var names = list("size=100&sort=name,desc").json().get("content").valueStream()
                .map(t -> t.get("name").asString()).toList();
        assertThat(names).hasSizeGreaterThan(5);
        assertThat(names).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
        var ascending = list("size=100&sort=name").json().get("content").valueStream()
                .map(t -> t.get("name").asString()).toList();
        assertThat(ascending).isEqualTo(names.reversed());
        for (String bad : List.of("nosuch", "outbox", "name,sideways", "details.name", "name,asc,desc")) {
            var refused = list("sort=" + bad);
            assertInvalidParameter(refused, "sort");
            if (!bad.startsWith("name,")) {
                assertThat(refused.json().get("detail").asString()).contains("name", "category", "kind", "status");
            }
        }
    }

    @Test
    void anUnknownFilterValueIs400NamingTheParameterAndItsValues() {
        var refused = list("category=POTION");
        assertInvalidParameter(refused, "category");
        assertThat(refused.json().get("detail").asString()).contains("MEDICATION");
    }

    @Test
    void everyChangeTakesIfMatchWithStrongComparisonAndStar() {
        String id = created("If-Match test");
        var api = Api.atPort(port);
        String etag = api.get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send().header("ETag");

        var none = api.post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin()).send();
        assertProblem(none, 428, "precondition-required");
        var weak = api.post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin())
                .header("If-Match", "W/" + etag).send();
        assertProblem(weak, 412, "precondition-failed");
        var stale = api.post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin())
                .header("If-Match", "\"999\"").send();
        assertProblem(stale, 412, "precondition-failed");
        var unchanged = api.get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send();
        assertThat(unchanged.json().get("status").asString()).as("refusals change nothing").isEqualTo("DRAFT");

        var listed = api.post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin())
                .header("If-Match", "\"999\", " + etag).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        var any = api.post("/api/catalog/treatments/" + id + "/retire", "").bearer(idp.clinicAdmin())
                .header("If-Match", "*").send();
        assertThat(any.status()).as(any.toString()).isEqualTo(200);
        var unknown = api.post("/api/catalog/treatments/no-such-" + id + "/retire", "").bearer(idp.clinicAdmin())
                .header("If-Match", "*").send();
        assertProblem(unknown, 404, "not-found");
    }

    @Test
    void ruleChangesTakeTheRuleSetsETag() {
        var api = Api.atPort(port);
        String etag = api.get("/api/catalog/interaction-rules").bearer(idp.clinicAdmin()).send().header("ETag");
        String rule = """
                {"a":{"treatmentId":"heat-therapy"},"b":{"treatmentId":"ice-therapy"},"severity":"MODERATE","reason":"test"}""";
        assertProblem(api.post("/api/catalog/interaction-rules", rule).bearer(idp.clinicAdmin()).send(), 428,
                "precondition-required");
        var added = api.post("/api/catalog/interaction-rules", rule).bearer(idp.clinicAdmin()).header("If-Match", etag).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var stale = api.method("DELETE", "/api/catalog/interaction-rules/" + added.json().get("id").asString())
                .bearer(idp.clinicAdmin()).header("If-Match", etag).send();
        assertProblem(stale, 412, "precondition-failed");
        var removed = api.method("DELETE", "/api/catalog/interaction-rules/" + added.json().get("id").asString())
                .bearer(idp.clinicAdmin()).header("If-Match", added.header("ETag")).send();
        assertThat(removed.status()).isEqualTo(204);
    }

    @Test
    void aCreateWithoutAnIdGetsAReadableUniqueSlugOfItsName() {
        String name = "Naproxen Sódium " + UUID.randomUUID().toString().substring(0, 4);
        var first = create(name);
        var second = create(name);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String slug = "naproxen-sodium-" + name.substring(name.length() - 4).toLowerCase();
        assertThat(first.json().get("id").asString()).isEqualTo(slug);
        assertThat(second.json().get("id").asString()).isEqualTo(slug + "-2");
        assertThat(second.header("Location")).isEqualTo("/api/catalog/treatments/" + slug + "-2");
    }

    @Test
    void problemsCarryAStableTypePerKind() {
        String id = created("Type test");
        var api = Api.atPort(port);
        assertProblem(api.post("/api/catalog/treatments/" + id + "/retire", "").bearer(idp.clinicAdmin())
                .header("If-Match", "*").send(), 409, "illegal-transition");
        assertProblem(api.post("/api/catalog/treatments", treatment(id, "Again", "nsaid")).bearer(idp.clinicAdmin())
                .send(), 409, "duplicate");
        assertProblem(api.post("/api/catalog/treatments", "{\"name\":").bearer(idp.clinicAdmin()).send(), 400,
                "unreadable-body");
        assertProblem(api.post("/api/catalog/treatments", "{\"name\":\"\"}").bearer(idp.clinicAdmin()).send(), 400,
                "invalid-body");
        assertProblem(api.get("/api/catalog/treatments").bearer(idp.partner("psychology-demo")).send(), 403, "forbidden");
        assertProblem(api.get("/api/catalog/treatments").send(), 401, "unauthenticated");
    }

    private ApiResponse create(String name) {
        String body = treatment("x", name, "nsaid").replace("\"id\":\"x\",", "");
        return Api.atPort(port).post("/api/catalog/treatments", body).bearer(idp.clinicAdmin()).send();
    }

    private String created(String name) {
        var response = create(name + " " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static void assertProblem(ApiResponse response, int status, String kind) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:stepwise:problem:" + kind);
        assertThat(response.json().get("correlationId").asString()).isNotBlank();
    }
}
