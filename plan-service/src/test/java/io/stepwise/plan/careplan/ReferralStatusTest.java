package io.stepwise.plan.careplan;

import static io.stepwise.plan.support.PlanClient.IDP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.events.referral.ReferralChangedPayload;
import io.stepwise.plan.support.CatalogFixtures;
import io.stepwise.plan.support.PlanClient;
import io.stepwise.testkit.TestEvents;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan keeps its referrals current from referral-service's events on the real topic, published here as
 * referral-service will publish them: newer sequences apply, repeats and stragglers change nothing, a completion
 * brings the report and fulfils the coping-skills rule, and an unreadable event goes to the dead letters.
 */
@ServiceTest(database = "plan-service-test", kafka = true)
class ReferralStatusTest {

    private static final URI REFERRAL_SERVICE = URI.create("urn:stepwise:referral-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PlanClient client;
    String plan;
    String referral;

    @BeforeEach
    void aPlanWithCopingSkillsAndItsPsychologistReferral() {
        CatalogFixtures.seed(mongo);
        client = new PlanClient(port);
        plan = client.draftPlan();
        client.addActivity(plan, "coping-skills-anxiety", "{}");
        referral = client.plan(plan).json().at("/referrals/0/id").asString();
    }

    private void publish(long sequence, String status, String report) {
        var payload = new ReferralChangedPayload(referral, sequence, plan, "patient", status, "psychology-demo",
                "Demo Psychology Practice", report, null, null, Instant.now(), status, null);
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypes.REFERRAL_CHANGED,
                Topics.REFERRAL_REFERRALS, referral, Instant.now(), JSON.writeValueAsString(payload));
        TestEvents.send(CloudEventRecords.toRecord(envelope, REFERRAL_SERVICE));
    }

    private JsonNode theReferral() {
        return client.plan(plan).json().get("referrals").get(0);
    }

    @Test
    void theStatusFollowsTheEventsAndACompletionBringsTheReportAndFulfilsTheRule() {
        assertThat(CarePlanJourneyTest.findingOf(client.plan(plan).json(), "COPING_SKILLS_SPECIALIST")
                .get("severity").asString()).isEqualTo("WARNING");

        publish(2, "ACCEPTED", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> theReferral().get("status").asString().equals("ACCEPTED"));
        assertThat(theReferral().get("partner").asString()).isEqualTo("Demo Psychology Practice");

        publish(3, "IN_PROGRESS", null);
        publish(2, "ACCEPTED", null);
        publish(4, "COMPLETED", "Six sessions of CBT for pain; coping plan agreed.");
        publish(3, "IN_PROGRESS", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> theReferral().get("status").asString().equals("COMPLETED"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> theReferral().get("status").asString().equals("COMPLETED"));

        assertThat(theReferral().get("report").asString()).startsWith("Six sessions");
        assertThat(client.plan(plan).json().get("findings").valueStream()
                .noneMatch(f -> f.get("rule").asString().equals("COPING_SKILLS_SPECIALIST"))).isTrue();
    }

    @Test
    void anUnreadableEventIsParkedAsADeadLetterAndLaterEventsStillApply() {
        try (var deadLetters = new TopicReader(TestKafka.shared().bootstrapServers(),
                Topics.deadLetter(Topics.REFERRAL_REFERRALS, ReferralStatusListener.GROUP))) {
            var poison = new EventEnvelope(UUID.randomUUID().toString(), EventTypes.REFERRAL_CHANGED,
                    Topics.REFERRAL_REFERRALS, referral, Instant.now(), "{\"referralId\":\"" + referral
                            + "\",\"sequence\":2,\"planId\":\"" + plan + "\",\"status\":\"TELEPORTED\"}");
            TestEvents.send(CloudEventRecords.toRecord(poison, REFERRAL_SERVICE));
            publish(3, "RECEIVED", null);

            await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters.withKey(referral).isEmpty());
            await().atMost(Duration.ofSeconds(20)).until(() -> theReferral().get("status").asString()
                    .equals("RECEIVED"));
        }
        assertThat(client.api().get("/api/plans/" + plan).bearer(IDP.coordinator()).send().status()).isEqualTo(200);
    }
}
