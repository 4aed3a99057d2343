package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The care-plan issue's scenario through the gateway, real Keycloak sessions, Kafka and the services: a coordinator
 * registers a patient and drafts a plan with a PEG goal; a clinician applies a template, adds oxycodone and a muscle
 * relaxant, is blocked by INTERACTION and OPIOID_SAFEGUARDS, overrides, records the safeguards and activates; the
 * coordinator records three PEG results and the goal reads IMPROVING; the access log lists the reads and writes.
 * The requests and answers are written to {@code target/care-plan-scenario.md}.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class CarePlanJourneyIT {

    private static final Path TRANSCRIPT = Path.of("target/care-plan-scenario.md");
    private static StaffSessions staff;

    @BeforeAll
    static void start(com.microsoft.playwright.Browser browser) throws IOException {
        Files.deleteIfExists(TRANSCRIPT);
        staff = new StaffSessions(browser, TRANSCRIPT);
    }

    @AfterAll
    static void close() {
        if (staff != null) {
            staff.close();
        }
    }

    private static StaffApi loggedIn(String user, String role) {
        return staff.loggedIn(user, role);
    }

    private static JsonNode finding(JsonNode plan, String rule) {
        return plan.get("findings").valueStream().filter(f -> f.get("rule").asString().equals(rule)).findFirst()
                .orElseThrow();
    }

    @Test
    void aClinicsDayWithOnePlanFromDraftToImproving() {
        var coordinator = loggedIn("coordinator", "care-coordinator");
        var clinician = loggedIn("clinician", "clinician");
        var admin = loggedIn("clinic-admin", "clinic-admin");
        await().atMost(Duration.ofSeconds(60)).until(() -> coordinator
                .get("/api/plans/catalog/treatments/narcotic-pain-medication").status() == 200);

        String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 6);
        var patient = coordinator.post("/api/patients", """
                {"mrn":"%s","givenName":"Maria","familyName":"Santos","birthDate":"1968-05-14"}""".formatted(mrn));
        assertThat(patient.status()).as(patient.body()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();

        var draft = coordinator.post("/api/plans", """
                {"patientId":"%s","title":"Chronic low back pain","treatingPhysician":"clinician"}""".formatted(patientId));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String plan = "/api/plans/" + draft.json().get("id").asString();
        var goal = coordinator.post(plan + "/goals", """
                {"aim":"REDUCE_PAIN","measure":"PEG","target":{"atMost":4},"dueDate":"%s"}"""
                .formatted(LocalDate.now().plusWeeks(12)), draft.etag());
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        String pegGoal = goal.json().get("id").asString();

        var applied = clinician.post(plan + "/apply-template", "{\"templateId\":\"active-start\"}", goal.etag());
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        var oxycodone = clinician.post(plan + "/activities", """
                {"treatmentId":"narcotic-pain-medication","details":{"dose":"5 mg","frequency":"three times a day",
                 "opioid":"OXYCODONE","doseMg":5,"dosesPerDay":3}}""", applied.etag());
        assertThat(oxycodone.status()).as(oxycodone.body()).isEqualTo(201);
        assertThat(oxycodone.json().get("dailyMme").decimalValue()).isEqualByComparingTo("22.5");
        var relaxant = clinician.post(plan + "/activities", """
                {"treatmentId":"muscle-relaxant","details":{"dose":"10 mg","frequency":"at night","reviewBy":"%s"}}"""
                .formatted(LocalDate.now().plusWeeks(2)), oxycodone.etag());
        assertThat(relaxant.status()).as(relaxant.body()).isEqualTo(201);

        var blocked = clinician.post(plan + "/activate", "", relaxant.etag());
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(422);
        assertThat(blocked.json().get("rules").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("INTERACTION", "OPIOID_SAFEGUARDS");

        var current = clinician.get(plan);
        assertThat(current.json().get("totalDailyMme").decimalValue()).isEqualByComparingTo("22.5");
        var overridden = clinician.post(plan + "/overrides", """
                {"findingId":"%s","reason":"Short course at night only; sedation risk explained to the patient"}"""
                .formatted(finding(current.json(), "INTERACTION").get("id").asString()), current.etag());
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        var safeguards = clinician.post(plan + "/activities/" + oxycodone.json().get("id").asString()
                + "/opioid-safeguards", """
                {"justification":"Severe flare despite NSAID and exercise","nonOpioidTherapiesTried":["NSAID","exercise"],
                 "naloxoneOffered":true,"pdmpCheckedOn":"%s","reviewBy":"%s"}"""
                .formatted(LocalDate.now(), LocalDate.now().plusWeeks(2)), overridden.etag());
        assertThat(safeguards.status()).as(safeguards.body()).isEqualTo(200);
        var active = clinician.post(plan + "/activate", "", safeguards.etag());
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");

        String etag = active.etag();
        for (String items : new String[] {"[7,7,7]", "[6,6,5]", "[5,5,5]"}) {
            var outcome = coordinator.post(plan + "/outcomes", "{\"measure\":\"PEG\",\"items\":" + items
                    + ",\"recordedAt\":\"" + Instant.now() + "\"}", etag);
            assertThat(outcome.status()).as(outcome.body()).isEqualTo(201);
            etag = outcome.etag();
        }
        var progress = coordinator.get(plan + "/progress");
        assertThat(progress.json().get("goals").valueStream()
                .filter(g -> g.get("id").asString().equals(pegGoal)).findFirst().orElseThrow()
                .get("achievementStatus").asString()).isEqualTo("IMPROVING");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var log = admin.get("/api/patients/" + patientId + "/access-log?size=100");
            assertThat(log.status()).as(log.body()).isEqualTo(200);
            var requests = log.json().get("content").valueStream().map(r -> r.get("request").asString()).toList();
            assertThat(requests).contains("POST /api/patients", "POST " + plan + "/activate",
                    "GET " + plan, "GET " + plan + "/progress", "POST " + plan + "/outcomes");
        });
        var refused = coordinator.get("/api/patients/" + patientId + "/access-log");
        assertThat(refused.status()).isEqualTo(403);
    }
}
