package io.stepwise.catalog.treatment;

import static io.stepwise.catalog.CatalogRequests.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/** Bad input gets a clear problem naming what is wrong, and changes nothing. */
@ServiceTest(database = "catalog-service-test", kafka = true)
class RequestStrictnessTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    private ApiResponse create(String body) {
        return Api.atPort(port).post("/api/catalog/treatments", body).bearer(idp.clinicAdmin()).send();
    }

    private static void assertProblem(ApiResponse response, int status, String kind, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:stepwise:problem:" + kind);
        if (field != null) {
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
        }
    }

    private static String id() {
        return "strict-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void controlCharactersAndBrokenCharactersInTextAreRefused() {
        assertProblem(create(treatment(id(), "Nap\\u0000roxen", "nsaid")), 400, "invalid-body", "name");
        assertProblem(create(treatment(id(), "Two\\nlines", "nsaid")), 400, "invalid-body", "name");
        assertProblem(create(treatment(id(), "a\\ud800b", "nsaid")), 400, "invalid-body", "name");
        var multiLine = create(treatment(id(), "Fine name", "nsaid").replace("Illustrative test entry", "line one\\nline two"));
        assertThat(multiLine.status()).as("descriptions may have lines").isEqualTo(201);
    }

    @Test
    void aNumberWhereTextIsExpectedAndAKeyGivenTwiceAreRefused() {
        String id = id();
        assertProblem(create(treatment(id, "X", "nsaid").replace("\"name\":\"X\"", "\"name\":12345")), 400,
                "unreadable-body", "name");
        assertProblem(create(treatment(id, "X", "nsaid").replace("\"name\":\"X\"", "\"name\":\"X\",\"name\":\"Y\"")), 400,
                "unreadable-body", null);
        assertThat(Api.atPort(port).get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send().status())
                .isEqualTo(404);
    }

    @Test
    void safetyFlagsMustBeSentAsBooleansAndUnknownFieldsAreRefused() {
        String base = treatment(id(), "X", "nsaid");
        assertProblem(create(base.replace("\"requiresMonitoring\":true", "\"requiresMonitoring\":1")), 400,
                "unreadable-body", "flags.requiresMonitoring");
        assertProblem(create(base.replace("\"requiresMonitoring\":true", "\"requiresMonitoring\":\"true\"")), 400,
                "unreadable-body", "flags.requiresMonitoring");
        assertProblem(create(base.replace("\"requiresMonitoring\":true", "\"requiresMonitorng\":true")), 400,
                "unreadable-body", null);
        assertProblem(create(base.replace("\"requiresMonitoring\":true,", "")), 400, "invalid-body",
                "flags.requiresMonitoring");
        assertProblem(create(base.replace("{\"id\"", "{\"status\":\"PUBLISHED\",\"id\"")), 400, "unreadable-body",
                null);
    }

    @Test
    void aSortKeyGivenTwiceIsRefused() {
        var refused = Api.atPort(port).get("/api/catalog/treatments?sort=name&sort=name,desc").bearer(idp.clinician())
                .send();
        assertProblem(refused, 400, "invalid-parameter", "sort");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        var refused = create(treatment(id(), "X", "nsaid").replace("\"PASSIVE\"", "\"LAZY\""));
        assertProblem(refused, 400, "unreadable-body", "mode");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("ACTIVE", "PASSIVE");
    }

    @Test
    void aCreateWithIfMatchFailsThereIsNothingToMatch() {
        String id = id();
        for (String ifMatch : new String[] {"*", "\"0\"", "W/\"x\""}) {
            var refused = Api.atPort(port).post("/api/catalog/treatments", treatment(id, "X", "nsaid"))
                    .bearer(idp.clinicAdmin()).header("If-Match", ifMatch).send();
            assertProblem(refused, 412, "precondition-failed", null);
        }
        assertThat(Api.atPort(port).get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send().status())
                .isEqualTo(404);
    }

    @Test
    void starMixedWithTagsIsRefused() {
        var refused = Api.atPort(port).post("/api/catalog/treatments/tens/retire", "").bearer(idp.clinicAdmin())
                .header("If-Match", "*, \"0\"").send();
        assertProblem(refused, 412, "precondition-failed", null);
    }

    @Test
    void anUnknownPathSaysSoInWords() {
        var missing = Api.atPort(port).get("/api/catalog/rules").bearer(idp.clinician()).send();
        assertProblem(missing, 404, "not-found", null);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Nothing is served at this path");
    }
}
