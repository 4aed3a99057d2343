package io.stepwise.referral.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.support.ReferralFixtures;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/**
 * Where a partner's reach ends: another partner's referral is answered byte for byte like one that does not exist,
 * the clinic's actions and the staff API are closed to partners and the partner API to staff, and every referral a
 * partner is shown is a DISCLOSE record in its patient's audit trail (a refusal discloses nothing).
 */
@ServiceTest(database = "referral-partner-api-test", kafka = true)
class PartnerBoundariesTest {

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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"GET|", "POST|/receive", "POST|/accept", "POST|/start",
            "POST|/reject", "POST|/complete", "PUT|/appointment"})
    void anotherPartnersReferralIsAnsweredExactlyLikeAnUnknownId(String method, String suffix) {
        Referral theirs = fixtures.referral(secondOpinion, Specialty.SECOND_OPINION_PHYSICIAN,
                ReferralStatus.ACCEPTED);
        String body = switch (suffix == null ? "" : suffix) {
            case "/reject" -> "{\"reason\":\"r\"}";
            case "/complete" -> "{\"report\":\"r\"}";
            case "/appointment" -> "{\"start\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}";
            default -> null;
        };
        String path = REFERRALS + "/" + theirs.id() + (suffix == null ? "" : suffix);
        var foreign = call(psychology, "isolation-1", method, path, body);
        Referral after = fixtures.stored(theirs.id());
        assertThat(after.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(after.appointment()).isNull();

        mongo.remove(Query.query(Criteria.where("_id").is(theirs.id())), Referral.class);
        var unknown = call(psychology, "isolation-1", method, path, body);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).as("the same request once the referral does not exist").isEqualTo(unknown.body());
        assertThat(foreign.contentType()).isEqualTo(unknown.contentType());
    }

    @Test
    void everyReferralShownToAPartnerIsADisclosureInThePatientsTrail() {
        Referral one = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        Referral two = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.ACCEPTED);
        Referral theirs = fixtures.referral(secondOpinion, Specialty.SECOND_OPINION_PHYSICIAN,
                ReferralStatus.REQUESTED);

        call(psychology).get(REFERRALS).header("X-Correlation-Id", "disclose-list").send();
        call(psychology).get(REFERRALS + "/" + one.id()).header("X-Correlation-Id", "disclose-one").send();
        call(psychology).get(REFERRALS + "/" + theirs.id()).header("X-Correlation-Id", "disclose-none").send();
        call(psychology).post(REFERRALS + "/" + one.id() + "/receive", "").header("X-Correlation-Id", "disclose-act")
                .send();

        assertThat(disclosures("disclose-list")).extracting(AuditRecord::patientId)
                .containsExactlyInAnyOrder(one.patientId(), two.patientId());
        assertThat(disclosures("disclose-one")).singleElement().satisfies(record -> {
            assertThat(record.patientId()).isEqualTo(one.patientId());
            assertThat(record.resource()).isEqualTo("referral/" + one.id());
            assertThat(record.actor()).isEqualTo("partner-psy-api");
        });
        assertThat(disclosures("disclose-act")).as("an action's answer shows the referral too").singleElement()
                .satisfies(record -> assertThat(record.patientId()).isEqualTo(one.patientId()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !records("disclose-none").isEmpty());
        assertThat(disclosures("disclose-none")).as("a refused read discloses nothing").isEmpty();
    }

    @Test
    void aPartnerCannotCancelTheClinicsReferral() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        var refused = call(psychology).post(REFERRALS + "/" + referral.id() + "/cancel", "").send();
        assertThat(refused.status()).isBetween(400, 499);
        var staffPath = call(psychology).post("/api/referrals/" + referral.id() + "/cancel", "").send();
        assertThat(staffPath.status()).isEqualTo(403);
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(ReferralStatus.REQUESTED);
    }

    @Test
    void clinicStaffMayNotUseThePartnerApiAndAnonymousCallersGet401() {
        Referral referral = fixtures.referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED);
        for (String staff : List.of(idp.clinician(), idp.coordinator(), idp.clinicAdmin())) {
            assertThat(Api.atPort(port).get(REFERRALS).bearer(staff).send().status()).isEqualTo(403);
            assertThat(Api.atPort(port).post(REFERRALS + "/" + referral.id() + "/accept", "").bearer(staff).send()
                    .status()).isEqualTo(403);
        }
        assertThat(Api.atPort(port).get(REFERRALS).send().status()).isEqualTo(401);
        assertThat(fixtures.stored(referral.id()).status()).isEqualTo(ReferralStatus.REQUESTED);
    }

    private List<AuditRecord> disclosures(String correlationId) {
        return records(correlationId).stream().filter(r -> r.action() == AuditAction.DISCLOSE).toList();
    }

    private List<AuditRecord> records(String correlationId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mongo.exists(Query.query(Criteria.where("correlationId").is(correlationId)),
                        AuditRecord.class));
        return mongo.find(Query.query(Criteria.where("correlationId").is(correlationId)), AuditRecord.class);
    }

    private PartnerCalls call(Partner partner) {
        return PartnerCalls.as(port, partner);
    }

    private ApiResponse call(Partner partner, String correlationId, String method, String path, String body) {
        return call(partner).send(method, path, body, correlationId);
    }
}
