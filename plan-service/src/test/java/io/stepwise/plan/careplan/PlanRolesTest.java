package io.stepwise.plan.careplan;

import static io.stepwise.plan.support.PlanClient.IDP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.plan.support.CatalogFixtures;
import io.stepwise.plan.support.PlanClient;
import io.stepwise.testkit.ServiceTest;

/**
 * Every role rule of care plans through the API: what each role may do answers 2xx, what it may not answers 403
 * problem+json and changes nothing (never a safety finding).
 */
@ServiceTest(database = "plan-service-test", kafka = true)
class PlanRolesTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PlanClient client;
    String plan;
    String acupuncture;
    String injection;
    String opioid;

    @BeforeEach
    void aPlanWithOneOfEachKind() {
        CatalogFixtures.seed(mongo);
        client = new PlanClient(port);
        plan = client.draftPlan();
        acupuncture = client.addActivity(plan, "acupuncture", "{}");
        injection = client.addActivity(plan, "epidural-steroid-injection", "{}");
        opioid = client.addActivity(plan, "narcotic-pain-medication",
                "{\"opioid\":\"TRAMADOL\",\"doseMg\":50,\"dosesPerDay\":2}");
    }

    private String token(String role) {
        Supplier<String> token = switch (role) {
            case "clinician" -> IDP::clinician;
            case "coordinator" -> IDP::coordinator;
            case "clinic-admin" -> IDP::clinicAdmin;
            case "partner" -> () -> IDP.partner("psychology-demo");
            default -> throw new IllegalArgumentException(role);
        };
        return token.get();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            coordinator  | add a medication             | 403
            clinician    | add a medication             | 201
            coordinator  | add a procedure              | 403
            clinician    | add a procedure              | 201
            coordinator  | add physical therapy         | 201
            coordinator  | add coping skills            | 201
            clinic-admin | add physical therapy         | 403
            partner      | add physical therapy         | 403
            coordinator  | activate                     | 403
            coordinator  | revoke                       | 403
            clinician    | revoke                       | 200
            coordinator  | record a clearance           | 403
            clinician    | record a clearance           | 200
            coordinator  | record a risk/benefit talk   | 403
            clinician    | record a risk/benefit talk   | 200
            coordinator  | record opioid safeguards     | 403
            clinician    | record opioid safeguards     | 200
            coordinator  | override                     | 403
            coordinator  | record an outcome            | 201
            clinic-admin | record an outcome            | 403
            coordinator  | request a referral           | 201
            clinic-admin | request a referral           | 403
            coordinator  | set a goal                   | 201
            clinic-admin | read the plan                | 403
            partner      | read the plan                | 403
            coordinator  | read the plan                | 200
            coordinator  | change the treating physician | 403
            clinician    | change the treating physician | 200
            clinician    | apply a template             | 200
            coordinator  | apply a template with an NSAID | 403
            """)
    void eachRoleMayDoWhatItsRuleAllows(String role, String action, int status) {
        long revision = client.plan(plan).json().get("revision").asLong();
        String base = "/api/plans/" + plan;
        var response = switch (action) {
            case "add a medication" -> client.change(token(role), base + "/activities",
                    "{\"treatmentId\":\"nsaid\",\"details\":{\"reviewBy\":\"" + LocalDate.now().plusDays(7) + "\"}}");
            case "add a procedure" -> client.change(token(role), base + "/activities", "{\"treatmentId\":\"epidural-steroid-injection\"}");
            case "add physical therapy" -> client.change(token(role), base + "/activities", "{\"treatmentId\":\"stretching-program\"}");
            case "add coping skills" -> client.change(token(role), base + "/activities", "{\"treatmentId\":\"coping-skills-anxiety\"}");
            case "activate" -> client.change(token(role), base + "/activate", "");
            case "revoke" -> client.change(token(role), base + "/revoke", "");
            case "record a clearance" -> client.change(token(role), base + "/activities/" + acupuncture + "/clearance",
                    "{\"note\":\"No contraindication\"}");
            case "record a risk/benefit talk" -> client.change(token(role), base + "/activities/" + injection
                    + "/risk-benefit-discussion", "{\"risks\":\"Infection, bleeding\",\"benefits\":\"Relief\","
                    + "\"alternatives\":\"Exercise\",\"patientDecision\":\"PROCEED\",\"secondOpinionOffered\":false}");
            case "record opioid safeguards" -> client.change(token(role), base + "/activities/" + opioid
                    + "/opioid-safeguards", "{\"justification\":\"Flare\",\"nonOpioidTherapiesTried\":[\"NSAID\"],"
                    + "\"naloxoneOffered\":true,\"pdmpCheckedOn\":\"" + LocalDate.now() + "\",\"reviewBy\":\""
                    + LocalDate.now().plusDays(7) + "\"}");
            case "override" -> client.change(token(role), base + "/overrides",
                    "{\"findingId\":\"" + client.plan(plan).json().at("/findings/0/id").asString()
                            + "\",\"reason\":\"Because\"}");
            case "record an outcome" -> client.change(token(role), base + "/outcomes",
                    "{\"measure\":\"NRS\",\"items\":[6],\"recordedAt\":\"" + Instant.now() + "\"}");
            case "request a referral" -> client.change(token(role), base + "/referrals",
                    "{\"specialty\":\"PAIN_SPECIALIST\",\"reason\":\"Review\",\"priority\":\"URGENT\"}");
            case "set a goal" -> client.change(token(role), base + "/goals",
                    "{\"aim\":\"INCREASE_FUNCTION\",\"measure\":\"ODI\",\"target\":{\"changeFromBaselinePercent\":-30}}");
            case "read the plan" -> client.api().get(base).bearer(token(role)).send();
            case "change the treating physician" -> client.change(token(role), base + "/treating-physician",
                    "{\"treatingPhysician\":\"dr-park\"}");
            case "apply a template" -> client.change(token(role), base + "/apply-template", "{\"templateId\":\"active-start\"}");
            case "apply a template with an NSAID" -> client.change(token(role), base + "/apply-template",
                    "{\"templateId\":\"active-start\"}");
            default -> throw new IllegalArgumentException(action);
        };

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:stepwise:problem:forbidden");
            assertThat(client.plan(plan).json().get("revision").asLong()).as("nothing changed").isEqualTo(revision);
        }
    }
}
