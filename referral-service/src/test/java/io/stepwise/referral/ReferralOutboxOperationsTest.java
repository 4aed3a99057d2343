package io.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import io.stepwise.events.Topics;
import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;

/**
 * referral-service's outbox (its audit records') is operated under /api/referrals/outbox by clinic admins only, every
 * call audited, and its audit records reach the audit topic. The demo partners exist, so that a partner's token is
 * valid and refused for its role (a token of a partner that does not exist is refused as a token, with 401).
 */
@ServiceTest(database = "referral-outbox-test", kafka = true)
@TestPropertySource(properties = "stepwise.partners.demo=true")
class ReferralOutboxOperationsTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final String FAILED_DOCUMENTS = "/api/referrals/outbox/failed-documents";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private TopicReader auditTopic;

    @BeforeEach
    void readTheAuditTopic() {
        auditTopic = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.AUDIT_RECORDS);
    }

    @AfterEach
    void stopReading() {
        auditTopic.close();
    }

    @Test
    void clinicAdminsListFailedDocumentsAndNobodyElseDoes() {
        var listed = Api.atPort(port).get(FAILED_DOCUMENTS).bearer(idp.clinicAdmin()).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("content").isArray()).isTrue();

        for (String token : new String[] {idp.clinician(), idp.coordinator(), idp.partner("psychology-demo")}) {
            var refused = Api.atPort(port).get(FAILED_DOCUMENTS).bearer(token).send();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.atPort(port).get(FAILED_DOCUMENTS).send().status()).isEqualTo(401);
    }

    @Test
    void theListingIsAuditedAndItsRecordReachesTheAuditTopic() {
        String correlationId = "referral-outbox-" + UUID.randomUUID().toString().substring(0, 8);
        Api.atPort(port).get(FAILED_DOCUMENTS).bearer(idp.clinicAdmin()).header("X-Correlation-Id", correlationId)
                .send();

        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        var record = mongo.findOne(query, AuditRecord.class);
        assertThat(record.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(record.resource()).isEqualTo("outbox");
        assertThat(record.service()).isEqualTo("referral-service");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(auditTopic.withKey(record.id())).hasSize(1));
        assertThat(TopicReader.header(auditTopic.withKey(record.id()).getFirst(), "ce_source"))
                .isEqualTo("urn:stepwise:referral-service");
    }
}
