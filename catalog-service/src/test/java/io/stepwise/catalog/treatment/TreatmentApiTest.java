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

@ServiceTest(database = "catalog-service-test", kafka = true)
class TreatmentApiTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    private Api api() {
        return Api.atPort(port);
    }

    private static String newId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ApiResponse create(String id) {
        return api().post("/api/catalog/treatments", treatment(id, "Test naproxen", "nsaid")).bearer(idp.clinicAdmin()).send();
    }

    @Test
    void theSeedHoldsEveryOptionOfTheSourceTextPublished() {
        var all = api().get("/api/catalog/treatments?status=PUBLISHED&size=100").bearer(idp.clinician()).send();
        assertThat(all.status()).isEqualTo(200);
        var names = all.json().get("content").valueStream().map(t -> t.get("id").asString()).toList();
        assertThat(names).contains("patient-education", "stretching-program", "strengthening-program", "manual-therapy",
                "ice-therapy", "heat-therapy", "tens", "therapeutic-ultrasound", "home-exercise-program", "nsaid",
                "muscle-relaxant", "antidepressant-nerve-stabilizer", "antiseizure-nerve-stabilizer",
                "narcotic-pain-medication", "coping-skills-anxiety", "coping-skills-depression",
                "coping-skills-irritability", "coping-skills-frustration", "epidural-steroid-injection",
                "spinal-cord-stimulator", "spine-surgery", "acupuncture", "dry-needling", "nutritional-therapy",
                "magnet-therapy");
        var narcotic = api().get("/api/catalog/treatments/narcotic-pain-medication").bearer(idp.clinician()).send().json();
        assertThat(narcotic.at("/flags/controlledSubstance").asBoolean()).isTrue();
        assertThat(narcotic.at("/flags/requiresMonitoring").asBoolean()).isTrue();
        assertThat(narcotic.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void searchMatchesSubstringsOfNameKindAndDescriptionIgnoringCase() {
        assertThat(ids("tens")).contains("tens");
        assertThat(ids("Needling")).containsExactly("dry-needling");
        assertThat(ids("relax")).contains("muscle-relaxant");
        assertThat(ids("no-such-thing-anywhere")).isEmpty();
        var filtered = api().get("/api/catalog/treatments?category=COMPLEMENTARY&kind=magnets").bearer(idp.coordinator()).send();
        assertThat(filtered.json().at("/page/totalElements").asInt()).isEqualTo(1);
    }

    private java.util.List<String> ids(String q) {
        var response = api().get("/api/catalog/treatments?size=100&q=" + q).bearer(idp.coordinator()).send();
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("content").valueStream().map(t -> t.get("id").asString()).toList();
    }

    @Test
    void aClinicAdminDraftsRevisesPublishesAndRetires() {
        String id = newId();
        var created = create(id);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/catalog/treatments/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");

        var fetched = api().get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send();
        String etag = fetched.header("ETag");
        assertThat(etag).isNotBlank();

        var revised = api().method("PUT", "/api/catalog/treatments/" + id, treatment(id, "Naproxen 250", "nsaid"))
                .bearer(idp.clinicAdmin()).header("If-Match", etag).send();
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("name").asString()).isEqualTo("Naproxen 250");
        assertThat(revised.header("ETag")).isNotEqualTo(etag);

        var published = api().post("/api/catalog/treatments/" + id + "/publish", "").bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("version").asInt()).isEqualTo(1);

        var republishedRevision = api().method("PUT", "/api/catalog/treatments/" + id, treatment(id, "Naproxen 500", "nsaid"))
                .bearer(idp.clinicAdmin()).header("If-Match", published.header("ETag")).send();
        assertThat(republishedRevision.json().get("version").asInt()).isEqualTo(2);

        var retired = api().post("/api/catalog/treatments/" + id + "/retire", "").bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
    }

    @Test
    void anIllegalTransitionIs409NamingTheStates() {
        String id = newId();
        create(id);
        var retireDraft = api().post("/api/catalog/treatments/" + id + "/retire", "").bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertProblem(retireDraft, 409);
        assertThat(retireDraft.json().get("detail").asString()).contains("DRAFT").contains("PUBLISHED");
        assertThat(create(id).status()).as("same id twice").isEqualTo(409);
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOneIs428AndNeitherChangesAnything() {
        String id = newId();
        create(id);
        var stale = api().method("PUT", "/api/catalog/treatments/" + id, treatment(id, "Changed", "nsaid"))
                .bearer(idp.clinicAdmin()).header("If-Match", "\"41\"").send();
        assertProblem(stale, 412);
        var missing = api().method("PUT", "/api/catalog/treatments/" + id, treatment(id, "Changed", "nsaid"))
                .bearer(idp.clinicAdmin()).send();
        assertProblem(missing, 428);
        var unchanged = api().get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send();
        assertThat(unchanged.json().get("name").asString()).isEqualTo("Test naproxen");
    }

    @Test
    void invalidFieldsAre400NamingEachField() {
        var invalid = api().post("/api/catalog/treatments", """
                {"id":"Not A Slug","name":"","category":"MEDICATION","kind":"nsaid","mode":"PASSIVE",
                 "invasiveness":"NONE","flags":null}""").bearer(idp.clinicAdmin()).send();
        assertProblem(invalid, 400);
        var fields = invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("id", "name", "flags");

        var badEnum = api().post("/api/catalog/treatments", treatment(newId(), "X", "nsaid").replace("MEDICATION", "POTION"))
                .bearer(idp.clinicAdmin()).send();
        assertProblem(badEnum, 400);
        assertThat(badEnum.json().at("/errors/0/field").asString()).isEqualTo("category");
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(api().get("/api/catalog/treatments/no-such-treatment").bearer(idp.clinician()).send(), 404);
        assertProblem(api().post("/api/catalog/treatments/no-such-treatment/publish", "").bearer(idp.clinicAdmin()).header("If-Match", "*").send(), 404);
    }

    @Test
    void onlyAClinicAdminWritesAndPartnersAndAnonymousCallersAreTurnedAway() {
        String id = newId();
        assertProblem(api().post("/api/catalog/treatments", treatment(id, "X", "nsaid")).bearer(idp.coordinator()).send(), 403);
        assertProblem(api().post("/api/catalog/treatments", treatment(id, "X", "nsaid")).bearer(idp.clinician()).send(), 403);
        assertProblem(api().post("/api/catalog/treatments/tens/retire", "").bearer(idp.coordinator()).send(), 403);
        assertProblem(api().method("PUT", "/api/catalog/treatments/tens", treatment("tens", "X", "modality"))
                .bearer(idp.coordinator()).header("If-Match", "\"1\"").send(), 403);
        assertProblem(api().get("/api/catalog/treatments").bearer(idp.partner("psychology-demo")).send(), 403);
        assertProblem(api().get("/api/catalog/treatments").send(), 401);
        assertThat(api().get("/api/catalog/treatments/" + id).bearer(idp.clinician()).send().status()).isEqualTo(404);
    }

    static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
    }
}
