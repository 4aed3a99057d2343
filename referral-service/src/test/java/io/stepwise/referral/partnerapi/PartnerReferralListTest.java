package io.stepwise.referral.partnerapi;

import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;



import io.stepwise.referral.referral.Referrals;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

@ServiceTest(database = "referral-partner-list-test", kafka = true)
class PartnerReferralListTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    Referrals referrals;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void oneReferralPerPartner() {
        referrals.deleteAll();
        referrals.save(new Referral("r-psy", "psychology-demo", "plan-1", "PSYCHOLOGIST", ReferralStatus.REQUESTED));
        referrals.save(new Referral("r-2nd", "second-opinion-demo", "plan-1", "SECOND_OPINION_PHYSICIAN", ReferralStatus.REQUESTED));
    }

    @Test
    void aPartnerSeesOnlyTheReferralsAssignedToIt() {
        var psychology = Api.atPort(port).get("/partner-api/v1/referrals").bearer(idp.partner("psychology-demo")).send();
        assertThat(psychology.status()).isEqualTo(200);
        assertThat(psychology.json().at("/page/totalElements").asInt()).isEqualTo(1);
        assertThat(psychology.json().at("/content/0/id").asString()).isEqualTo("r-psy");

        var secondOpinion = Api.atPort(port).get("/partner-api/v1/referrals").bearer(idp.partner("second-opinion-demo")).send();
        assertThat(secondOpinion.json().at("/content/0/id").asString()).isEqualTo("r-2nd");
    }

    @Test
    void aPartnersReadIsAuditedWithItsClient() {
        Api.atPort(port).get("/partner-api/v1/referrals").bearer(idp.partner("psychology-demo"))
                .header("X-Correlation-Id", "partner-audit-1").send();

        var query = Query.query(Criteria.where("correlationId").is("partner-audit-1"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> mongo.exists(query, AuditRecord.class));
        assertThat(mongo.find(query, AuditRecord.class)).singleElement().satisfies(record -> {
            assertThat(record.client()).isEqualTo("partner-psychology-demo");
            assertThat(record.actor()).isEqualTo("partner-psychology-demo");
            assertThat(record.action()).isEqualTo(io.stepwise.kit.audit.AuditAction.SEARCH);
            assertThat(record.resource()).isEqualTo("referral");
        });
    }

    @Test
    void aPartnerSortsOnlyByTheListedKeys() {
        var token = idp.partner("psychology-demo");
        assertThat(Api.atPort(port).get("/partner-api/v1/referrals?sort=status,desc").bearer(token).send().status())
                .isEqualTo(200);
        for (String refused : new String[] {"sort=partnerId", "sort=planId", "size=101"}) {
            var response = Api.atPort(port).get("/partner-api/v1/referrals?" + refused).bearer(token).send();
            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.json().get("type").asString()).isEqualTo("urn:stepwise:problem:invalid-parameter");
        }
    }

    @Test
    void aPartnerTokenWithoutPartnerIdIsRefused() {
        var token = idp.token().client("partner-misconfigured").roles("referral-partner").sign();
        var response = Api.atPort(port).get("/partner-api/v1/referrals").bearer(token).send();
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void clinicStaffMayNotUseThePartnerApi() {
        var response = Api.atPort(port).get("/partner-api/v1/referrals").bearer(idp.clinician()).send();
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(Api.atPort(port).get("/partner-api/v1/referrals").send().status()).isEqualTo(401);
    }
}
