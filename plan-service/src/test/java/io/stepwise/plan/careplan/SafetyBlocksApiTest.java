package io.stepwise.plan.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.plan.careplan.domain.ReferralStatus;
import io.stepwise.plan.careplan.domain.ReferralUpdate;
import io.stepwise.plan.support.CatalogFixtures;
import io.stepwise.plan.support.PlanClient;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Each safety rule's block through the API: the change it gates answers 422 safety-block naming the rule and the
 * activities, and the plan is unchanged. (The rules' cases are unit-tested one by one in safety.domain.)
 */
@ServiceTest(database = "plan-service-test", kafka = true)
class SafetyBlocksApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReferralStatusUpdates updates;

    PlanClient client;

    @BeforeEach
    void catalog() {
        CatalogFixtures.seed(mongo);
        client = new PlanClient(port);
    }

    enum Change { ACTIVATE, START_FIRST_ACTIVITY, SCHEDULE_FIRST_ACTIVITY, COMPLETE }

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("INTERACTION", Change.ACTIVATE),
                Arguments.of("MEDICATION_MONITORING", Change.ACTIVATE),
                Arguments.of("OPIOID_SAFEGUARDS", Change.ACTIVATE),
                Arguments.of("OPIOID_DOSE", Change.ACTIVATE),
                Arguments.of("MEASURABLE_GOAL", Change.ACTIVATE),
                Arguments.of("COMPLEMENTARY_CLEARANCE", Change.START_FIRST_ACTIVITY),
                Arguments.of("PROCEDURE_RISK_BENEFIT", Change.SCHEDULE_FIRST_ACTIVITY),
                Arguments.of("HEP_BEFORE_DISCHARGE", Change.COMPLETE),
                Arguments.of("COPING_SKILLS_SPECIALIST", Change.START_FIRST_ACTIVITY));
    }

    /** Sets the plan up so that exactly this rule blocks; returns the activities its finding names. */
    private List<String> setUp(String rule, String plan) {
        String review = "{\"reviewBy\":\"" + LocalDate.now().plusDays(14) + "\"}";
        return switch (rule) {
            case "INTERACTION" -> List.of(client.addActivity(plan, "nsaid", review),
                    client.addActivity(plan, "nsaid", review));
            case "MEDICATION_MONITORING" -> List.of(client.addActivity(plan, "nsaid", "{}"));
            case "OPIOID_SAFEGUARDS" -> List.of(client.addActivity(plan, "narcotic-pain-medication",
                    "{\"opioid\":\"OXYCODONE\",\"doseMg\":5,\"dosesPerDay\":3}"));
            case "OPIOID_DOSE" -> List.of(safeguardedOpioid(plan, "{\"opioid\":\"MORPHINE\",\"doseMg\":30,"
                    + "\"dosesPerDay\":3}"));
            case "MEASURABLE_GOAL" -> List.of();
            case "COMPLEMENTARY_CLEARANCE" -> List.of(client.addActivity(plan, "acupuncture", "{}"));
            case "PROCEDURE_RISK_BENEFIT" -> List.of(client.addActivity(plan, "epidural-steroid-injection", "{}"));
            case "HEP_BEFORE_DISCHARGE" -> List.of(client.addActivity(plan, "stretching-program", "{}"));
            case "COPING_SKILLS_SPECIALIST" -> List.of(copingSkillsWhoseReferralWasCancelled(plan));
            default -> throw new IllegalArgumentException(rule);
        };
    }

    @ParameterizedTest(name = "{0} stops {1}")
    @MethodSource("blocks")
    void theGatedChangeIsRefusedWith422NamingTheRuleAndActivities(String rule, Change change) {
        String plan = client.draftPlan();
        if (!rule.equals("MEASURABLE_GOAL")) {
            client.addPegGoal(plan);
        }
        List<String> activities = setUp(rule, plan);
        if (change != Change.ACTIVATE) {
            var activated = client.changeAsClinician("/api/plans/" + plan + "/activate", "");
            assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        }
        long revisionBefore = client.plan(plan).json().get("revision").asLong();

        ApiResponse refused = switch (change) {
            case ACTIVATE -> client.changeAsClinician("/api/plans/" + plan + "/activate", "");
            case COMPLETE -> client.changeAsClinician("/api/plans/" + plan + "/complete", "");
            case START_FIRST_ACTIVITY -> client.changeAsClinician("/api/plans/" + plan + "/activities/"
                    + activities.getFirst() + "/status", "{\"status\":\"IN_PROGRESS\"}");
            case SCHEDULE_FIRST_ACTIVITY -> client.changeAsClinician("/api/plans/" + plan + "/activities/"
                    + activities.getFirst() + "/status", "{\"status\":\"SCHEDULED\"}");
        };

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:stepwise:problem:safety-block");
        assertThat(refused.json().get("rules").valueStream().map(JsonNode::asString)).containsExactly(rule);
        assertThat(refused.json().get("activityIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(activities);
        assertThat(client.plan(plan).json().get("revision").asLong()).as("nothing changed").isEqualTo(revisionBefore);
    }

    /** An opioid with complete safeguards, so that only its dose can block. */
    private String safeguardedOpioid(String plan, String details) {
        String opioid = client.addActivity(plan, "narcotic-pain-medication", details);
        var recorded = client.changeAsClinician("/api/plans/" + plan + "/activities/" + opioid + "/opioid-safeguards",
                """
                {"justification":"Flare","nonOpioidTherapiesTried":["NSAID"],"naloxoneOffered":true,
                 "pdmpCheckedOn":"%s","reviewBy":"%s"}""".formatted(LocalDate.now(), LocalDate.now().plusDays(14)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        return opioid;
    }

    /** Coping skills whose automatic psychologist referral referral-service reported CANCELLED. */
    private String copingSkillsWhoseReferralWasCancelled(String plan) {
        String coping = client.addActivity(plan, "coping-skills-anxiety", "{}");
        String referral = client.plan(plan).json().at("/referrals/0/id").asString();
        assertThat(updates.apply(plan, new ReferralUpdate(referral, 2, ReferralStatus.CANCELLED, null, null, null,
                null, Instant.now()))).isTrue();
        client.plan(plan);
        return coping;
    }
}
