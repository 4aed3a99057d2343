package io.stepwise.plan.careplan;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.CarePlanStatus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.kit.audit.AuditRecord;
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
        plans.save(new CarePlan("plan-a", "patient-a", "Low back pain, multimodal", CarePlanStatus.DRAFT));
        plans.save(new CarePlan("plan-b", "patient-b", "Neck pain", CarePlanStatus.ACTIVE));
    }

    @Test
    void staffListThePlansOfOnePatient() {
        for (String token : new String[] {idp.clinician(), idp.coordinator(), idp.clinicAdmin()}) {
            var response = Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(token).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().at("/page/totalElements").asInt()).isEqualTo(1);
            assertThat(response.json().at("/content/0/id").asString()).isEqualTo("plan-a");
        }
    }

    @Test
    void readingAPatientsPlansLeavesAnAuditRecordNamingWhoWhatAndWhy() {
        Api.atPort(port).get("/api/plans?patientId=patient-a").bearer(idp.clinician()).header("X-Correlation-Id", "audit-1").send();

        var records = mongo.find(Query.query(Criteria.where("correlationId").is("audit-1")), AuditRecord.class);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo("clinician");
            assertThat(record.client()).isEqualTo("stepwise-gateway");
            assertThat(record.action()).isEqualTo("read");
            assertThat(record.resource()).isEqualTo("patient/patient-a/plans");
            assertThat(record.reason()).isNotBlank();
            assertThat(record.at()).isNotNull();
        });
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
