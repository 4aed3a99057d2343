package io.stepwise.referral.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/**
 * The partner API through real HTTP: a partner sees and works only its own referrals, actions follow FHIR Task and
 * repeat safely, and bad input changes nothing. Where a partner's reach ends is {@link PartnerBoundariesTest}.
 */
@ServiceTest(database = "referral-partner-api-test", kafka = true)
class PartnerReferralApiTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final String REFERRALS = "/partner-api/v1/referrals";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ReferralFixtures fixtures;
    Partner psychology;
    Partner secondOpinion;

    @BeforeEach
    void twoPartners() {
        fixtures = new ReferralFixtures(mongo);
        mongo.remove(new Query(), Referral.class);
        psychology = fixtures.partner("psy-api", Specialty.PSYCHOLOGIST);
        secondOpinion = fixtures.partner("second-api", Specialty.SECOND_OPINION_PHYSICIAN);
    }

    @Test
    void aPartnerListsOnlyItsOwnReferralsFilteredByStatusAndChangeTime() {
        Referral mine = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        Referral mineAccepted = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.ACCEPTED);
        fixtures.referral(secondOpinion, Specialty.SECOND_OPINION_PHYSICIAN, ReferralStatus.REQUESTED);
        fixtures.unassigned(Specialty.PSYCHOLOGIST);

        var all = call(psychology).get(REFERRALS).send();
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all)).containsExactlyInAnyOrder(mine.id(), mineAccepted.id());

        assertThat(ids(call(psychology).get(REFERRALS + "?status=ACCEPTED").send())).containsExactly(mineAccepted.id());
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        assertThat(ids(call(psychology).get(REFERRALS + "?updatedSince=" + future).send())).isEmpty();
        String past = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        assertThat(ids(call(psychology).get(REFERRALS + "?updatedSince=" + past).send())).hasSize(2);
        assertThat(ids(call(secondOpinion).get(REFERRALS).send())).doesNotContain(mine.id(), mineAccepted.id());
    }

    @Test
    void aPartnerSeesWhatTheReferralNeedsAndNotThePlan() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        var read = call(psychology).get(REFERRALS + "/" + referral.id()).send();
        assertThat(read.status()).isEqualTo(200);
        var json = read.json();
        assertThat(json.at("/patient/givenName").asString()).isEqualTo("Maria");
        assertThat(json.at("/patient/familyName").asString()).isEqualTo("Santos");
        assertThat(json.at("/patient/birthDate").asString()).isEqualTo("1968-05-14");
        assertThat(json.at("/reason").asString()).isEqualTo("Coping skills for pain-related anxiety");
        assertThat(json.at("/specialty").asString()).isEqualTo("PSYCHOLOGIST");
        assertThat(json.at("/priority").asString()).isEqualTo("ROUTINE");
        assertThat(json.at("/planSummary").asString()).isEqualTo("Chronic low back pain; ACTIVE");
        assertThat(json.at("/status").asString()).isEqualTo("REQUESTED");
        assertThat(json.has("planId")).isFalse();
        assertThat(json.has("patientId")).isFalse();
        assertThat(read.body()).doesNotContain(referral.patientId()).doesNotContain(referral.planId())
                .doesNotContain("coordinator");
        assertThat(read.header("ETag")).isNotBlank();
    }

    @Test
    void aPartnerWorksAReferralFromReceiptToItsReport() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        String path = REFERRALS + "/" + referral.id();
        assertThat(status(call(psychology).post(path + "/receive", "").send())).isEqualTo("RECEIVED");
        assertThat(status(call(psychology).post(path + "/accept", "").send())).isEqualTo("ACCEPTED");
        String start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        var scheduled = call(psychology).method("PUT", path + "/appointment", "{\"start\":\"" + start + "\"}").send();
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.json().at("/appointment").asString()).isEqualTo(start);
        assertThat(status(call(psychology).post(path + "/start", "").send())).isEqualTo("IN_PROGRESS");
        assertThat(status(call(psychology).post(path + "/hold", "").send())).isEqualTo("ON_HOLD");
        assertThat(status(call(psychology).post(path + "/resume", "").send())).isEqualTo("IN_PROGRESS");
        var completed = call(psychology).post(path + "/complete",
                "{\"report\":\"Six CBT sessions; coping plan in place\"}").send();
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().at("/report").asString()).isEqualTo("Six CBT sessions; coping plan in place");
        assertThat(completed.json().at("/history").size()).isEqualTo(7);
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void aSecondOpinionCompletesWithItsVerdictAndRecommendation() {
        Referral referral = fixtures.referral(secondOpinion, Specialty.SECOND_OPINION_PHYSICIAN,
                ReferralStatus.IN_PROGRESS);
        String path = REFERRALS + "/" + referral.id() + "/complete";
        var withoutVerdict = call(secondOpinion).post(path, "{\"report\":\"Reviewed the MRI\"}").send();
        assertThat(withoutVerdict.status()).isEqualTo(422);
        var done = call(secondOpinion).post(path, """
                {"report":"Reviewed the MRI","opinion":"ALTERNATIVE","recommendation":"12 weeks of PT before surgery"}
                """).send();
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().at("/opinion").asString()).isEqualTo("ALTERNATIVE");
        assertThat(done.json().at("/recommendation").asString()).isEqualTo("12 weeks of PT before surgery");
    }

    @Test
    void repeatingTheTransitionTheReferralIsInAnswersTheSameRepresentation() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        String path = REFERRALS + "/" + referral.id() + "/accept";
        var first = call(psychology).post(path, "").send();
        var again = call(psychology).post(path, "").send();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(fixtures.stored(referral.id()).history()).hasSize(2);
    }

    @Test
    void aRetryWithTheETagOfBeforeItsFirstTryIsStillARepeat() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.RECEIVED);
        String path = REFERRALS + "/" + referral.id();
        String before = call(psychology).get(path).send().header("ETag");
        var first = call(psychology).post(path + "/accept", "").header("If-Match", before).send();
        assertThat(first.status()).isEqualTo(200);

        var retried = call(psychology).post(path + "/accept", "").header("If-Match", before).send();
        assertThat(retried.status()).as("the first answer was lost; the retry finds its change done").isEqualTo(200);
        assertThat(retried.body()).isEqualTo(first.body());

        var stale = call(psychology).post(path + "/start", "").header("If-Match", before).send();
        assertThat(stale.status()).as("a new change on an old ETag").isEqualTo(412);
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({"REQUESTED, complete, COMPLETED", "REQUESTED, start, IN_PROGRESS", "COMPLETED, accept, ACCEPTED",
            "CANCELLED, receive, RECEIVED", "IN_PROGRESS, reject, REJECTED", "ACCEPTED, resume, IN_PROGRESS"})
    void anIllegalTransitionIs409NamingBothStatuses(ReferralStatus from, String verb, String to) {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, from);
        String body = switch (verb) {
            case "complete" -> "{\"report\":\"r\"}";
            case "reject" -> "{\"reason\":\"r\"}";
            default -> "";
        };
        var refused = call(psychology).post(REFERRALS + "/" + referral.id() + "/" + verb, body).send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:stepwise:problem:illegal-transition");
        assertThat(refused.json().get("currentStatus").asString()).isEqualTo(from.name());
        assertThat(refused.json().get("requestedStatus").asString()).isEqualTo(to);
        assertThat(refused.json().get("detail").asString()).contains(from.name()).contains(to);
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(from);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"reject without a reason, /reject, {}", "reject with an operator, /reject, {\"reason\":{\"$gt\":\"\"}}",
            "an unknown verdict, /complete, {\"report\":\"r\"\\,\"opinion\":\"MAYBE\"}",
            "a report that is not text, /complete, {\"report\":42}",
            "an appointment that is not a time, /appointment, {\"start\":\"next Tuesday\"}",
            "fields on an action that takes none, /accept, {\"$set\":{\"partnerId\":\"other\"}}",
            "a body that is not JSON, /receive, garbage",
            "an appointment as epoch seconds, /appointment, {\"start\":1795983734}"})
    void badInputIsRefusedAndChangesNothing(String what, String suffix, String body) {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.IN_PROGRESS);
        String method = suffix.equals("/appointment") ? "PUT" : "POST";
        var refused = call(psychology, "bad", method, REFERRALS + "/" + referral.id() + suffix, body);
        assertThat(refused.status()).as(what).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fixtures.stored(referral.id()).history()).hasSize(referral.history().size());
    }

    @Test
    void anOversizedReportIsRefused() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.IN_PROGRESS);
        var refused = call(psychology).post(REFERRALS + "/" + referral.id() + "/complete",
                "{\"report\":\"" + "x".repeat(20_001) + "\"}").send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(ReferralStatus.IN_PROGRESS);
    }

    private PartnerCalls call(Partner partner) {
        return PartnerCalls.as(port, partner);
    }

    private ApiResponse call(Partner partner, String correlationId, String method, String path, String body) {
        return call(partner).send(method, path, body, correlationId);
    }

    private static String status(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().at("/status").asString();
    }

    private static List<String> ids(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().at("/content").valueStream().map(node -> node.at("/id").asString()).toList();
    }
}
