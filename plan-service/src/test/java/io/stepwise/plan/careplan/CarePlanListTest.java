package io.stepwise.plan.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.plan.careplan.domain.Actor;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.PatientSummary;
import io.stepwise.plan.careplan.domain.PlanAction;
import io.stepwise.plan.careplan.domain.SafetyCheck;
import io.stepwise.plan.careplan.domain.StaffRole;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

@ServiceTest(database = "plan-service-test", kafka = true)
class CarePlanListTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    CarePlans plans;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void twoPatients() {
        plans.deleteAll();
        var clinician = Actor.of("clinician", StaffRole.CLINICIAN);
        SafetyCheck none = plan -> List.of();
        Instant now = Instant.now();
        plans.save(CarePlan.draft("plan-a", new PatientSummary("patient-a", "Ada", "Moss", null),
                "Low back pain, multimodal", "clinician", clinician, now, none));
        var active = CarePlan.draft("plan-b", new PatientSummary("patient-b", "Ben", "Ortiz", null), "Neck pain",
                "clinician", clinician, now, none);
        active.apply(clinician, PlanAction.ACTIVATE, now, none);
        plans.save(active);
    }

    @Test
    void theCareTeamListsThePlansOfOnePatientAndClinicAdminsDoNot() {
        assertThat(Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(idp.clinicAdmin()).send().status())
                .isEqualTo(403);
        for (String token : new String[] {idp.clinician(), idp.coordinator()}) {
            var response = Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(token).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().at("/page/totalElements").asInt()).isEqualTo(1);
            assertThat(response.json().at("/content/0/id").asString()).isEqualTo("plan-a");
        }
    }

    private AuditRecord theAuditRecordOf(String correlationId) {
        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> mongo.exists(query, AuditRecord.class));
        var records = mongo.find(query, AuditRecord.class);
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    @Test
    void searchingAPatientsPlansLeavesAnAuditRecordNamingWhoWhatAndWhichPatient() {
        Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(idp.clinician()).header("X-Correlation-Id", "audit-1").send();

        var record = theAuditRecordOf("audit-1");
        assertThat(record.actor()).isEqualTo("clinician");
        assertThat(record.client()).isEqualTo("stepwise-gateway");
        assertThat(record.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(record.patientId()).isEqualTo("patient-a");
        assertThat(record.resource()).isEqualTo("careplan");
        assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(record.request()).isEqualTo("GET /api/plans");
        assertThat(record.at()).isNotNull();
    }

    @Test
    void deniedRequestsOnPatientDataAreAuditedWithWhatTheyAttempted() {
        Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(idp.partner("psychology-demo"))
                .header("X-Correlation-Id", "audit-denied-403").send();
        var forbidden = theAuditRecordOf("audit-denied-403");
        assertThat(forbidden.outcome()).isEqualTo(AuditOutcome.FORBIDDEN);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.client()).isEqualTo("partner-psychology-demo");
        assertThat(forbidden.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(forbidden.patientId()).isEqualTo("patient-a");

        Api.atPort(port).get("/api/plans?patientId=patient-a").header("X-Correlation-Id", "audit-denied-401").send();
        var anonymous = theAuditRecordOf("audit-denied-401");
        assertThat(anonymous.outcome()).isEqualTo(AuditOutcome.UNAUTHENTICATED);
        assertThat(anonymous.actor()).isEqualTo("anonymous");

        Api.atPort(port).get("/api/plans/no/such/path").bearer(idp.clinician()).header("X-Correlation-Id", "audit-404").send();
        assertThat(theAuditRecordOf("audit-404").outcome()).isEqualTo(AuditOutcome.NOT_FOUND);
    }

    @Test
    void aConditionalReadOfAnUnchangedPlanAnswers304AndIsNotAuditedWhileAChangedOneIs() {
        var read = Api.atPort(port).get("/api/plans/plan-a").bearer(idp.clinician())
                .header("X-Correlation-Id", "audit-read-200").send();
        String etag = read.header("ETag");
        assertThat(theAuditRecordOf("audit-read-200").action()).isEqualTo(AuditAction.READ);

        var unchanged = Api.atPort(port).get("/api/plans/plan-a").bearer(idp.clinician())
                .header("If-None-Match", etag).header("X-Correlation-Id", "audit-read-304").send();
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        var stale = Api.atPort(port).get("/api/plans/plan-a").bearer(idp.clinician())
                .header("If-None-Match", "\"999\"").header("X-Correlation-Id", "audit-read-changed").send();
        assertThat(stale.status()).isEqualTo(200);
        assertThat(theAuditRecordOf("audit-read-changed").resource()).isEqualTo("careplan/plan-a");
        assertThat(mongo.exists(Query.query(Criteria.where("correlationId").is("audit-read-304")), AuditRecord.class))
                .as("a 304 discloses nothing and is not recorded").isFalse();
    }

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = {"*", "\"0\", \"1\", \"2\"", "W/\"0\""})
    void aConditionalReadThatProbesForAnyRevisionIsAuditedEvenWhenItAnswers304(String probe) {
        String correlationId = "audit-probe-" + UUID.randomUUID().toString().substring(0, 8);
        var answer = Api.atPort(port).get("/api/plans/plan-a").bearer(idp.clinician())
                .header("If-None-Match", probe).header("X-Correlation-Id", correlationId).send();
        assertThat(answer.status()).as("Spring answers * with the plan itself").isIn(200, 304);
        var record = theAuditRecordOf(correlationId);
        assertThat(record.action()).isEqualTo(AuditAction.READ);
        assertThat(record.status()).isEqualTo(answer.status());
    }

    @Test
    void theCatalogReplicaUnderThePlansPathIsNotPatientDataAndNotAudited() {
        Api.atPort(port).get("/api/plans/catalog/interaction-rules").bearer(idp.clinician())
                .header("X-Correlation-Id", "audit-replica").send();
        Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(idp.clinician())
                .header("X-Correlation-Id", "audit-after-replica").send();
        theAuditRecordOf("audit-after-replica");
        assertThat(mongo.exists(Query.query(Criteria.where("correlationId").is("audit-replica")), AuditRecord.class))
                .isFalse();
    }

    @Test
    void thePatientIsRequired() {
        var response = Api.atPort(port).get("/api/plans").bearer(idp.clinician()).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPartnerMayNotReadPlans() {
        var response = Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(idp.partner("psychology-demo")).send();
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(Api.atPort(port).get("/api/plans?patientId=patient-a").send().status()).isEqualTo(401);
    }
}
