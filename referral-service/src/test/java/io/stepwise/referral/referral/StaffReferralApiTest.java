package io.stepwise.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.support.ReferralFixtures;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/** The care team's referral API: filtered lists, a referral with its history, assigning and cancelling. */
@ServiceTest(database = "referral-staff-api-test", kafka = true)
class StaffReferralApiTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ReferralFixtures fixtures;
    Partner psychology;
    Partner secondOpinion;

    @BeforeEach
    void partners() {
        fixtures = new ReferralFixtures(mongo);
        mongo.remove(new Query(), Referral.class);
        psychology = fixtures.partner("psy-staff", Specialty.PSYCHOLOGIST);
        secondOpinion = fixtures.partner("second-staff", Specialty.SECOND_OPINION_PHYSICIAN);
    }

    @Test
    void theCareTeamFiltersReferralsByStatusSpecialtyPartnerAndPatient() {
        Referral requested = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED,
                "patient-a");
        Referral accepted = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.ACCEPTED,
                "patient-b");
        Referral opinion = fixtures.referral(secondOpinion, Specialty.SECOND_OPINION_PHYSICIAN,
                ReferralStatus.REQUESTED, "patient-a");

        assertThat(ids("")).contains(requested.id(), accepted.id(), opinion.id());
        assertThat(ids("?status=ACCEPTED")).containsExactly(accepted.id());
        assertThat(ids("?specialty=SECOND_OPINION_PHYSICIAN")).containsExactly(opinion.id());
        assertThat(ids("?partnerId=psy-staff")).containsExactlyInAnyOrder(requested.id(), accepted.id());
        assertThat(ids("?patientId=patient-a&status=REQUESTED")).containsExactlyInAnyOrder(requested.id(),
                opinion.id());
        var page = get("/api/referrals?partnerId=psy-staff&size=1&sort=requestedAt,desc");
        assertThat(page.json().at("/content").size()).isEqualTo(1);
        assertThat(page.json().at("/page/totalElements").asInt()).isEqualTo(2);
        assertThat(page.json().at("/content/0/id").asString()).isEqualTo(accepted.id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"status=DONE", "specialty=WIZARD", "partnerId=%7B%22%24ne%22%3A%22%22%7D", "patientId=a%20b",
            "sort=partnerName", "size=500"})
    void aBadFilterIs400(String query) {
        var refused = get("/api/referrals?" + query);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:stepwise:problem:invalid-parameter");
        assertThat(refused.json().get("detail").asString()).contains(query.substring(0, query.indexOf('=')));
    }

    @Test
    void aReferralShowsItsWholeStatusHistory() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.IN_PROGRESS);
        var read = get("/api/referrals/" + referral.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"" + fixtures.stored(referral.id()).revision() + "\"");
        assertThat(read.json().at("/history").valueStream().map(entry -> entry.at("/status").asString()))
                .containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS");
        assertThat(read.json().at("/partnerName").asString()).isEqualTo("Partner psy-staff");
        assertThat(read.json().at("/patientId").asString()).isEqualTo(referral.patientId());
        assertThat(get("/api/referrals/no-such-referral").status()).isEqualTo(404);
    }

    @Test
    void aCoordinatorAssignsAnUnassignedReferralWithTheETagItSaw() {
        Referral referral = fixtures.unassigned(Specialty.PSYCHOLOGIST);
        String path = "/api/referrals/" + referral.id() + "/assign";
        String body = "{\"partnerId\":\"psy-staff\"}";

        assertThat(post(path, body, null).status()).as("no If-Match").isEqualTo(428);
        assertThat(post(path, body, "\"99\"").status()).as("stale If-Match").isEqualTo(412);
        assertThat(post(path, "{\"partnerId\":\"second-staff\"}", "*").status()).as("wrong specialty")
                .isEqualTo(422);
        assertThat(post(path, "{\"partnerId\":\"nobody\"}", "*").status()).as("no such partner").isEqualTo(422);
        assertThat(post(path, "{\"partnerId\":{\"$ne\":\"\"}}", "*").status()).isEqualTo(400);
        assertThat(fixtures.stored(referral.id()).partnerId()).isNull();

        String etag = get("/api/referrals/" + referral.id()).header("ETag");
        var assigned = post(path, body, etag);
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().at("/partnerId").asString()).isEqualTo("psy-staff");
        assertThat(assigned.json().at("/status").asString()).isEqualTo("REQUESTED");
        assertThat(post(path, "{\"partnerId\":\"psy-staff\"}", "*").status()).as("again").isEqualTo(200);
    }

    @Test
    void aDeactivatedPartnerIsNotAssigned() {
        Referral referral = fixtures.unassigned(Specialty.PSYCHOLOGIST);
        psychology.deactivate(java.time.Instant.now());
        mongo.save(psychology);
        var refused = post("/api/referrals/" + referral.id() + "/assign", "{\"partnerId\":\"psy-staff\"}", "*");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("deactivated");
    }

    @ParameterizedTest(name = "cancel while {0}: {1}")
    @CsvSource({"REQUESTED, 200", "RECEIVED, 200", "ACCEPTED, 200", "IN_PROGRESS, 409", "ON_HOLD, 409",
            "COMPLETED, 409", "REJECTED, 409", "CANCELLED, 200"})
    void theClinicCancelsOnlyBeforeTheWorkStarts(ReferralStatus status, int expected) {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, status);
        var answer = post("/api/referrals/" + referral.id() + "/cancel", "{\"reason\":\"Patient moved away\"}",
                "*");
        assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
        assertThat(fixtures.stored(referral.id()).status())
                .isEqualTo(expected == 200 ? ReferralStatus.CANCELLED : status);
    }

    @Test
    void theCareTeamListsTheActivePartnersItMayAssignBySpecialty() {
        Partner gone = fixtures.partner("psy-gone", Specialty.PSYCHOLOGIST);
        gone.deactivate(java.time.Instant.now());
        mongo.save(gone);

        var psychologists = get("/api/referrals/partners?specialty=PSYCHOLOGIST");
        assertThat(psychologists.status()).as(psychologists.body()).isEqualTo(200);
        var ids = psychologists.json().at("/partners").valueStream().map(p -> p.get("id").asString()).toList();
        assertThat(ids).contains("psy-staff").doesNotContain("psy-gone", "second-staff");
        var shown = psychologists.json().at("/partners").valueStream()
                .filter(p -> p.get("id").asString().equals("psy-staff")).findFirst().orElseThrow();
        assertThat(java.util.Set.copyOf(shown.propertyNames())).containsExactlyInAnyOrder("id", "name", "specialties");
        assertThat(shown.get("specialties").get(0).asString()).isEqualTo("PSYCHOLOGIST");

        var all = get("/api/referrals/partners").json().at("/partners").valueStream()
                .map(p -> p.get("id").asString()).toList();
        assertThat(all).contains("psy-staff", "second-staff").doesNotContain("psy-gone");
        var unknown = get("/api/referrals/partners?specialty=WIZARD");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:stepwise:problem:invalid-parameter");
        for (String outsider : List.of(idp.clinicAdmin(), idp.partner("psy-staff"))) {
            assertThat(Api.atPort(port).get("/api/referrals/partners").bearer(outsider).send().status())
                    .isEqualTo(403);
        }
    }

    @Test
    void onlyTheCareTeamUsesTheStaffApi() {
        Referral referral = fixtures.unassigned(Specialty.PSYCHOLOGIST);
        for (String outsider : List.of(idp.clinicAdmin(), idp.partner("psy-staff"))) {
            assertThat(Api.atPort(port).get("/api/referrals").bearer(outsider).send().status()).isEqualTo(403);
            assertThat(Api.atPort(port).get("/api/referrals/" + referral.id()).bearer(outsider).send().status())
                    .isEqualTo(403);
            assertThat(Api.atPort(port).post("/api/referrals/" + referral.id() + "/assign",
                    "{\"partnerId\":\"psy-staff\"}").header("If-Match", "*").bearer(outsider).send().status())
                    .isEqualTo(403);
            assertThat(Api.atPort(port).post("/api/referrals/" + referral.id() + "/cancel", "")
                    .header("If-Match", "*").bearer(outsider).send().status()).isEqualTo(403);
        }
        assertThat(Api.atPort(port).get("/api/referrals").send().status()).isEqualTo(401);
        assertThat(Api.atPort(port).get("/api/referrals").bearer(idp.clinician()).send().status()).isEqualTo(200);
        assertThat(fixtures.stored(referral.id()).partnerId()).isNull();
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(ReferralStatus.REQUESTED);
    }

    private List<String> ids(String query) {
        var answer = get("/api/referrals" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().at("/content").valueStream().map(node -> node.at("/id").asString()).toList();
    }

    private ApiResponse get(String path) {
        return Api.atPort(port).get(path).bearer(idp.coordinator()).send();
    }

    private ApiResponse post(String path, String body, String ifMatch) {
        var call = Api.atPort(port).post(path, body).bearer(idp.coordinator());
        return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
    }
}
