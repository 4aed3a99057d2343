package io.stepwise.plan.template;

import static io.stepwise.plan.support.PlanClient.IDP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.plan.support.CatalogFixtures;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import tools.jackson.databind.JsonNode;

@ServiceTest(database = "plan-service-test", kafka = true)
class TemplateApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Api api;

    @BeforeEach
    void catalog() {
        CatalogFixtures.seed(mongo);
        api = Api.atPort(port);
    }

    private static String template(String id, String treatmentId) {
        return """
                {"id":"%s","name":"Walk and talk","description":"Illustrative",
                 "activities":[{"treatmentId":"%s","reviewAfterDays":14}],
                 "goals":[{"aim":"REDUCE_PAIN","measure":"NRS","target":{"atMost":3},"dueInDays":60}],
                 "referrals":[{"specialty":"PAIN_SPECIALIST","reason":"Review","priority":"ROUTINE"}]}"""
                .formatted(id, treatmentId);
    }

    @Test
    void threeIllustrativeTemplatesAreSeededAndEveryStaffMemberReadsThem() {
        for (String token : new String[] {IDP.clinician(), IDP.coordinator(), IDP.clinicAdmin()}) {
            var list = api.get("/api/plan-templates?size=50").bearer(token).send();
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("content").valueStream().map(t -> t.get("id").asString()))
                    .contains("active-start", "multimodal", "interventional-review");
        }
        JsonNode activeStart = api.get("/api/plan-templates/active-start").bearer(IDP.clinician()).send().json();
        assertThat(activeStart.get("description").asString()).contains("not medical advice");
        assertThat(activeStart.get("activities").valueStream().map(a -> a.get("treatmentId").asString()))
                .contains("patient-education", "home-exercise-program", "nsaid");
        assertThat(api.get("/api/plan-templates").bearer(IDP.partner("psychology-demo")).send().status())
                .isEqualTo(403);
    }

    @Test
    void aClinicAdminCreatesRevisesAndDeletesATemplateWithPreconditions() {
        String id = "walk-and-talk-" + UUID.randomUUID().toString().substring(0, 6);
        var created = api.post("/api/plan-templates", template(id, "stretching-program")).bearer(IDP.clinicAdmin()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String etag = created.header("ETag");
        assertThat(api.post("/api/plan-templates", template(id, "stretching-program")).bearer(IDP.clinicAdmin()).send()
                .status()).isEqualTo(409);

        var revised = api.method("PUT", "/api/plan-templates/" + id, template(id, "tens")).bearer(IDP.clinicAdmin())
                .header("If-Match", etag).send();
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().at("/activities/0/treatmentId").asString()).isEqualTo("tens");
        var stale = api.method("PUT", "/api/plan-templates/" + id, template(id, "nsaid")).bearer(IDP.clinicAdmin())
                .header("If-Match", etag).send();
        assertThat(stale.status()).isEqualTo(412);

        assertThat(api.method("DELETE", "/api/plan-templates/" + id).bearer(IDP.clinicAdmin())
                .header("If-Match", revised.header("ETag")).send().status()).isEqualTo(204);
        assertThat(api.get("/api/plan-templates/" + id).bearer(IDP.clinicAdmin()).send().status()).isEqualTo(404);
    }

    @Test
    void cliniciansAndCoordinatorsDoNotWriteTemplates() {
        for (String token : new String[] {IDP.clinician(), IDP.coordinator()}) {
            var refused = api.post("/api/plan-templates", template("not-mine", "tens")).bearer(token).send();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aTemplateNamesOnlyPublishedTreatmentsAndNoControlledSubstance() {
        for (String treatment : new String[] {"laetrile", "magnet-therapy", "narcotic-pain-medication"}) {
            var refused = api.post("/api/plan-templates", template("bad-" + treatment, treatment))
                    .bearer(IDP.clinicAdmin()).send();
            assertThat(refused.status()).as(treatment).isEqualTo(422);
            assertThat(refused.json().get("detail").asString()).contains(treatment);
        }
        var badTarget = api.post("/api/plan-templates", template("bad-target", "tens").replace("\"atMost\":3",
                "\"atMost\":30")).bearer(IDP.clinicAdmin()).send();
        assertThat(badTarget.status()).isEqualTo(400);
    }
}
