package io.stepwise.plan.patient;

import static io.stepwise.plan.support.PlanClient.IDP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.plan.patient.domain.Patient;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;

@ServiceTest(database = "plan-service-test", kafka = true)
class PatientApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ApiResponse register(String token, String mrn, String family) {
        return Api.atPort(port).post("/api/patients", """
                {"mrn":"%s","givenName":"Grace","familyName":"%s","birthDate":"1961-12-09"}""".formatted(mrn, family))
                .bearer(token).send();
    }

    private static String mrn() {
        return "M" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCoordinatorRegistersAPatientAndTheMrnIsUnique() {
        String mrn = mrn();
        var created = register(IDP.coordinator(), mrn, "Hopper");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/patients/" + id);

        var read = Api.atPort(port).get("/api/patients/" + id).bearer(IDP.clinician()).send();
        assertThat(read.json().get("familyName").asString()).isEqualTo("Hopper");
        assertThat(read.json().get("birthDate").asString()).isEqualTo("1961-12-09");

        for (String same : new String[] {mrn, mrn.toLowerCase()}) {
            var again = register(IDP.clinician(), same, "Someone Else");
            assertThat(again.status()).as(same).isEqualTo(409);
            assertThat(again.json().get("type").asString()).isEqualTo("urn:stepwise:problem:duplicate");
        }
        assertThat(mongo.count(Query.query(Criteria.where("mrnKey").is(mrn.toLowerCase())), Patient.class))
                .isEqualTo(1);
    }

    @Test
    void theSearchMatchesAnyPartOfTheNameOrMrnIgnoringCaseAndTakesTheTextLiterally() throws Exception {
        String unique = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        String mrn = mrn();
        register(IDP.coordinator(), mrn, "Van " + unique + "stra");

        for (String q : new String[] {unique.toLowerCase(), unique.toUpperCase(), mrn.substring(2).toLowerCase()}) {
            var found = Api.atPort(port).get("/api/patients?q=" + q).bearer(IDP.coordinator()).send();
            assertThat(found.json().at("/page/totalElements").asInt()).as(q).isEqualTo(1);
        }
        for (String query : new String[] {"q[$gt]=", "q=[", "q=]", "q={}", "q=a|b"}) {
            String head = rawGet("/api/patients?" + query, IDP.coordinator());
            assertThat(head).as(query).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: application/json");
        }
        var pattern = Api.atPort(port).get("/api/patients?q=.*").bearer(IDP.coordinator()).send();
        assertThat(pattern.status()).isEqualTo(200);
        assertThat(pattern.json().at("/page/totalElements").asInt()).as("a pattern is text").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a $gt operator as the MRN   | {"mrn":{"$gt":""},"givenName":"A","familyName":"B","birthDate":"1970-01-01"}
            a birth date in the future  | {"mrn":"F1","givenName":"A","familyName":"B","birthDate":"2999-01-01"}
            a name with a line break    | {"mrn":"F2","givenName":"A\\nB","familyName":"B","birthDate":"1970-01-01"}
            no family name              | {"mrn":"F3","givenName":"A","birthDate":"1970-01-01"}
            an unknown field            | {"mrn":"F4","givenName":"A","familyName":"B","birthDate":"1970-01-01","ssn":"1"}
            """)
    void badRegistrationsAreRefusedAndNothingIsStored(String what, String body) {
        long before = mongo.count(new Query(), Patient.class);
        var refused = Api.atPort(port).post("/api/patients", body).bearer(IDP.coordinator()).send();
        assertThat(refused.status()).as(what + ": " + refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(mongo.count(new Query(), Patient.class)).isEqualTo(before);
    }

    @Test
    void clinicAdminsFindPatientsButDoNotRegisterThemAndPartnersDoNeither() {
        assertThat(register(IDP.clinicAdmin(), mrn(), "Admin").status()).isEqualTo(403);
        assertThat(register(IDP.partner("psychology-demo"), mrn(), "Partner").status()).isEqualTo(403);
        assertThat(Api.atPort(port).get("/api/patients?q=a").bearer(IDP.clinicAdmin()).send().status()).isEqualTo(200);
        assertThat(Api.atPort(port).get("/api/patients?q=a").bearer(IDP.partner("psychology-demo")).send().status())
                .isEqualTo(403);
        assertThat(Api.atPort(port).get("/api/patients?q=a").send().status()).isEqualTo(401);
    }

    @Test
    void aReadASearchAWriteAndADenialEachLeaveAnAuditRecord() {
        var created = Api.atPort(port).post("/api/patients", """
                {"mrn":"%s","givenName":"Ada","familyName":"Audit","birthDate":"1970-01-01"}""".formatted(mrn()))
                .bearer(IDP.coordinator()).header("X-Correlation-Id", "patient-write").send();
        String id = created.json().get("id").asString();
        Api.atPort(port).get("/api/patients/" + id).bearer(IDP.clinician()).header("X-Correlation-Id", "patient-read")
                .send();
        Api.atPort(port).get("/api/patients?q=audit").bearer(IDP.clinician())
                .header("X-Correlation-Id", "patient-search").send();
        Api.atPort(port).get("/api/patients/" + id).bearer(IDP.partner("psychology-demo"))
                .header("X-Correlation-Id", "patient-denied").send();

        var write = audit("patient-write");
        assertThat(write.action()).isEqualTo(AuditAction.CREATE);
        assertThat(write.patientId()).isEqualTo(id);
        assertThat(write.actor()).isEqualTo("coordinator");
        var read = audit("patient-read");
        assertThat(read.action()).isEqualTo(AuditAction.READ);
        assertThat(read.patientId()).isEqualTo(id);
        assertThat(read.resource()).isEqualTo("patient/" + id);
        assertThat(audit("patient-search").action()).isEqualTo(AuditAction.SEARCH);
        var denied = audit("patient-denied");
        assertThat(denied.outcome()).isEqualTo(AuditOutcome.FORBIDDEN);
        assertThat(denied.patientId()).isEqualTo(id);
        assertThat(denied.client()).isEqualTo("partner-psychology-demo");
    }

    /** The status line and headers of a GET sent byte for byte (java.net.URI would refuse brackets in a query). */
    private String rawGet(String target, String token) throws java.io.IOException {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n\r\n"));
        }
    }

    private AuditRecord audit(String correlationId) {
        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        return mongo.findOne(query, AuditRecord.class);
    }
}
