package io.stepwise.catalog.interaction;

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
class InteractionRuleApiTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    private ApiResponse check(String... ids) {
        String body = "{\"treatmentIds\":[\"" + String.join("\",\"", ids) + "\"]}";
        return Api.atPort(port).post("/api/catalog/interaction-checks", body).bearer(idp.clinician()).send();
    }

    @Test
    void theSeedHasAtLeastEightRulesEachWithAReason() {
        var rules = Api.atPort(port).get("/api/catalog/interaction-rules?size=100").bearer(idp.coordinator()).send();
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().at("/page/totalElements").asInt()).isGreaterThanOrEqualTo(8);
        rules.json().get("content").valueStream()
                .forEach(rule -> assertThat(rule.get("reason").asString()).isNotBlank());
    }

    @Test
    void aCheckReportsEveryConflictWithSeverityAndReasonMostSevereFirst() {
        var result = check("narcotic-pain-medication", "muscle-relaxant", "tens", "spinal-cord-stimulator", "stretching-program");
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        var conflicts = result.json().get("conflicts");
        assertThat(conflicts.valueStream().map(c -> c.get("severity").asString()).toList())
                .startsWith("CONTRAINDICATED").contains("MAJOR");
        assertThat(conflicts.valueStream().anyMatch(c -> c.get("firstTreatmentId").asString().equals("narcotic-pain-medication")
                && c.get("secondTreatmentId").asString().equals("muscle-relaxant") && !c.get("reason").asString().isBlank()))
                .isTrue();
        assertThat(check("stretching-program", "heat-therapy").json().get("conflicts").isEmpty()).isTrue();
    }

    @Test
    void aKindRuleCatchesTwoDifferentTreatmentsOfThatKind() {
        String second = "naproxen-" + UUID.randomUUID().toString().substring(0, 6);
        Api.atPort(port).post("/api/catalog/treatments", treatment(second, "Naproxen", "nsaid")).bearer(idp.clinicAdmin()).send();
        var conflicts = check("nsaid", second).json().get("conflicts");
        assertThat(conflicts.valueStream().map(c -> c.get("severity").asString()).toList()).contains("MAJOR");
    }

    @Test
    void unknownTreatmentsInACheckAre404() {
        var response = check("tens", "no-such-treatment");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).contains("no-such-treatment");
    }

    @Test
    void aRuleMustNameKnownTreatmentsOrKinds() {
        var unknownTreatment = Api.atPort(port).post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"no-such"},"b":{"kind":"nsaid"},"severity":"MAJOR","reason":"x"}""")
                .bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(unknownTreatment.status()).isEqualTo(422);
        var bothSet = Api.atPort(port).post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"tens","kind":"nsaid"},"b":{"kind":"nsaid"},"severity":"MAJOR","reason":"x"}""")
                .bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(bothSet.status()).isEqualTo(400);
        assertThat(bothSet.json().at("/errors/0/field").asString()).startsWith("a");
        var noReason = Api.atPort(port).post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"tens"},"b":{"kind":"nsaid"},"severity":"MAJOR","reason":" "}""")
                .bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
    }

    @Test
    void deletingAnUnknownRuleIs404AndOnlyAdminsChangeRules() {
        assertThat(Api.atPort(port).method("DELETE", "/api/catalog/interaction-rules/nope").bearer(idp.clinicAdmin()).header("If-Match", "*")
                .send().status()).isEqualTo(404);
        assertThat(Api.atPort(port).post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"tens"},"b":{"kind":"nsaid"},"severity":"MAJOR","reason":"x"}""")
                .bearer(idp.coordinator()).send().status()).isEqualTo(403);
        assertThat(Api.atPort(port).method("DELETE", "/api/catalog/interaction-rules/nope").bearer(idp.clinician())
                .send().status()).isEqualTo(403);
        assertThat(check("tens").status()).isEqualTo(200);
        assertThat(Api.atPort(port).post("/api/catalog/interaction-checks", "{\"treatmentIds\":[\"tens\"]}")
                .bearer(idp.partner("psychology-demo")).send().status()).isEqualTo(403);
    }

    @Test
    void aSecondRuleForThePairIs409AndATreatmentWithItselfIs422AndEachRuleCanBeRead() {
        var api = Api.atPort(port);
        String rule = """
                {"a":{"treatmentId":"ice-therapy"},"b":{"treatmentId":"magnet-therapy"},"severity":"MODERATE","reason":"x"}""";
        var added = api.post("/api/catalog/interaction-rules", rule).bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var read = api.get(added.header("Location")).bearer(idp.coordinator()).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("reason").asString()).isEqualTo("x");

        var reversed = api.post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"magnet-therapy"},"b":{"treatmentId":"ice-therapy"},"severity":"MAJOR","reason":"y"}""")
                .bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(reversed.status()).isEqualTo(409);
        assertThat(reversed.json().get("type").asString()).isEqualTo("urn:stepwise:problem:duplicate");
        var self = api.post("/api/catalog/interaction-rules", """
                {"a":{"treatmentId":"tens"},"b":{"treatmentId":"tens"},"severity":"MAJOR","reason":"z"}""")
                .bearer(idp.clinicAdmin()).header("If-Match", "*").send();
        assertThat(self.status()).isEqualTo(422);
        api.method("DELETE", added.header("Location")).bearer(idp.clinicAdmin()).header("If-Match", "*").send();
    }
}
