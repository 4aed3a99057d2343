package io.stepwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/** plan-service's outbox (its audit records') is operated under /api/plans/outbox, by clinic admins, audited. */
@ServiceTest(database = "plan-service-test", kafka = true)
class PlanOutboxOperationsTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final String FAILED_DOCUMENTS = "/api/plans/outbox/failed-documents";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void clinicAdminsListFailedDocumentsAndNobodyElseDoes() {
        var listed = Api.atPort(port).get(FAILED_DOCUMENTS).bearer(idp.clinicAdmin()).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("content").isArray()).isTrue();
        assertThat(listed.json().at("/page/size").asInt()).isEqualTo(50);

        for (String token : new String[] {idp.clinician(), idp.coordinator(), idp.partner("psychology-demo")}) {
            var refused = Api.atPort(port).get(FAILED_DOCUMENTS).bearer(token).send();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.atPort(port).get(FAILED_DOCUMENTS).send().status()).isEqualTo(401);
    }

    @Test
    void listingAndResubmittingAreAudited() {
        String listing = correlationId();
        Api.atPort(port).get(FAILED_DOCUMENTS).bearer(idp.clinicAdmin()).header("X-Correlation-Id", listing).send();
        var list = theAuditRecordOf(listing);
        assertThat(list.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(list.resource()).isEqualTo("outbox");
        assertThat(list.patientId()).isNull();

        String resubmitting = correlationId();
        var unknown = Api.atPort(port).post(FAILED_DOCUMENTS + "/audit_records/no-such-record/resubmit", "")
                .bearer(idp.clinicAdmin()).header("X-Correlation-Id", resubmitting).send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var resubmit = theAuditRecordOf(resubmitting);
        assertThat(resubmit.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(resubmit.resource()).isEqualTo("outbox/no-such-record");
        assertThat(resubmit.outcome()).isEqualTo(AuditOutcome.NOT_FOUND);
    }

    private AuditRecord theAuditRecordOf(String correlationId) {
        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        return mongo.findOne(query, AuditRecord.class);
    }

    private static String correlationId() {
        return "outbox-ops-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
