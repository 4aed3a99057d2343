package io.stepwise.plan.careplan;

import static io.stepwise.plan.support.PlanClient.IDP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.plan.support.CatalogFixtures;
import io.stepwise.plan.support.PlanClient;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scenario against plan-service's own API: draft, template, block, override, safeguards, outcomes. */
@ServiceTest(database = "plan-service-test", kafka = true)
class CarePlanJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PlanClient client;

    @BeforeEach
    void catalog() {
        CatalogFixtures.seed(mongo);
        client = new PlanClient(port);
    }

    @Test
    void aPlanIsBlockedByTheInteractionAndTheOpioidSafeguardsThenOverriddenDocumentedAndActivated() {
        String plan = client.draftPlan();
        client.addPegGoal(plan);

        var applied = client.changeAsClinician("/api/plans/" + plan + "/apply-template", """
                {"templateId":"active-start"}""");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("activities")).hasSize(5);
        assertThat(applied.json().get("goals")).hasSize(3);
        JsonNode nsaid = activity(applied.json(), "nsaid");
        assertThat(LocalDate.parse(nsaid.at("/details/reviewBy").asString())).isEqualTo(LocalDate.now().plusDays(28));

        String oxycodone = client.addActivity(plan, "narcotic-pain-medication", """
                {"dose":"5 mg","frequency":"three times a day","opioid":"OXYCODONE","doseMg":5,"dosesPerDay":3}""");
        String relaxant = client.addActivity(plan, "muscle-relaxant", """
                {"dose":"10 mg","frequency":"at night","reviewBy":"%s"}""".formatted(LocalDate.now().plusDays(14)));
        var withBoth = client.plan(plan).json();
        assertThat(withBoth.get("totalDailyMme").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(activity(withBoth, "narcotic-pain-medication").get("dailyMme").decimalValue())
                .isEqualByComparingTo("22.5");

        var blocked = client.changeAsClinician("/api/plans/" + plan + "/activate", "");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(422);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blocked.json().get("type").asString()).isEqualTo("urn:stepwise:problem:safety-block");
        assertThat(blocked.json().get("rules").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("INTERACTION", "OPIOID_SAFEGUARDS");
        assertThat(blocked.json().get("activityIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(oxycodone, relaxant);
        assertThat(client.plan(plan).json().get("status").asString()).isEqualTo("DRAFT");

        String interaction = findingOf(client.plan(plan).json(), "INTERACTION").get("id").asString();
        var overridden = client.changeAsClinician("/api/plans/" + plan + "/overrides", """
                {"findingId":"%s","reason":"Short course at night only; sedation risk explained"}""".formatted(interaction));
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(200);
        JsonNode override = findingOf(overridden.json(), "INTERACTION").get("override");
        assertThat(override.get("by").asString()).isEqualTo("clinician");
        assertThat(override.get("reason").asString()).startsWith("Short course");
        assertThat(override.get("at").asString()).isNotBlank();

        var safeguarded = client.changeAsClinician("/api/plans/" + plan + "/activities/" + oxycodone
                + "/opioid-safeguards", """
                {"justification":"Severe flare despite NSAID and exercise","nonOpioidTherapiesTried":["NSAID","exercise"],
                 "naloxoneOffered":true,"pdmpCheckedOn":"%s","reviewBy":"%s"}"""
                .formatted(LocalDate.now(), LocalDate.now().plusDays(14)));
        assertThat(safeguarded.status()).as(safeguarded.toString()).isEqualTo(200);
        assertThat(activity(safeguarded.json(), "narcotic-pain-medication").at("/opioidSafeguards/by").asString())
                .isEqualTo("clinician");

        var active = client.changeAsClinician("/api/plans/" + plan + "/activate", "");
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");

        for (String items : new String[] {"[7,7,7]", "[6,6,5]", "[5,5,5]"}) {
            var outcome = client.changeAsCoordinator("/api/plans/" + plan + "/outcomes",
                    "{\"measure\":\"PEG\",\"items\":" + items + ",\"recordedAt\":\"" + Instant.now() + "\"}");
            assertThat(outcome.status()).as(outcome.toString()).isEqualTo(201);
        }
        var progress = client.api().get("/api/plans/" + plan + "/progress").bearer(IDP.coordinator()).send();
        assertThat(progress.status()).isEqualTo(200);
        JsonNode peg = progress.json().get("measures").get(0);
        assertThat(peg.get("measure").asString()).isEqualTo("PEG");
        assertThat(peg.get("points").valueStream().map(p -> p.get("score").asDouble())).containsExactly(7.0, 5.67, 5.0);
        assertThat(peg.get("baseline").asDouble()).isEqualTo(7.0);
        assertThat(peg.get("latest").asDouble()).isEqualTo(5.0);
        assertThat(peg.get("change").asDouble()).isEqualTo(-2.0);
        String pegGoal = goalOf(client.plan(plan).json(), "PEG", 4).get("id").asString();
        assertThat(progress.json().get("goals").valueStream()
                .filter(goal -> goal.get("id").asString().equals(pegGoal)).findFirst().orElseThrow()
                .get("achievementStatus").asString()).isEqualTo("IMPROVING");
    }

    @Test
    void aReferralRequestLeavesThroughTheOutboxWithOnlyWhatAPartnerNeeds() {
        try (var topic = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.PLAN_CAREPLANS)) {
            String plan = client.draftPlan();
            var requested = client.changeAsCoordinator("/api/plans/" + plan + "/referrals", """
                    {"specialty":"PSYCHOLOGIST","reason":"Coping with pain-related anxiety","priority":"ROUTINE"}""");
            assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
            String referralId = requested.json().get("id").asString();
            assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");

            await().atMost(Duration.ofSeconds(20)).until(() -> !topic.withKey(plan).isEmpty());
            var record = topic.withKey(plan).getFirst();
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventTypes.REFERRAL_REQUESTED);
            assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(plan);
            JsonNode payload = JsonMapper.builder().build().readTree(TopicReader.value(record));
            assertThat(payload.get("referralId").asString()).isEqualTo(referralId);
            assertThat(payload.get("planId").asString()).isEqualTo(plan);
            assertThat(payload.get("sequence").asLong()).isEqualTo(1);
            assertThat(payload.at("/patient/familyName").asString()).isEqualTo("Lovelace");
            assertThat(payload.at("/patient/birthDate").asString()).isEqualTo("1970-03-04");
            assertThat(payload.get("specialty").asString()).isEqualTo("PSYCHOLOGIST");
            assertThat(payload.get("planSummary").asString()).contains("Chronic low back pain");
            assertThat(payload.has("patient")).isTrue();
            assertThat(payload.at("/patient/mrn").isMissingNode()).as("no MRN leaves the clinic").isTrue();
        }
    }

    static JsonNode activity(JsonNode plan, String treatmentId) {
        return plan.get("activities").valueStream().filter(a -> a.get("treatmentId").asString().equals(treatmentId))
                .findFirst().orElseThrow();
    }

    static JsonNode findingOf(JsonNode plan, String rule) {
        return plan.get("findings").valueStream().filter(f -> f.get("rule").asString().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " finding in " + plan.get("findings")));
    }

    static JsonNode goalOf(JsonNode plan, String measure, double atMost) {
        return plan.get("goals").valueStream().filter(g -> g.get("measure").asString().equals(measure))
                .filter(g -> g.at("/target/atMost").asDouble() == atMost).findFirst().orElseThrow();
    }
}
