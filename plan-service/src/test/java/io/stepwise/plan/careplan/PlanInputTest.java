package io.stepwise.plan.careplan;

import static io.stepwise.plan.support.PlanClient.IDP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.plan.support.CatalogFixtures;
import io.stepwise.plan.support.PlanClient;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;

/** Bad input and stale edits are refused with problem+json, and the plan stays exactly as it was. */
@ServiceTest(database = "plan-service-test", kafka = true)
class PlanInputTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PlanClient client;
    String plan;
    long revision;

    @BeforeEach
    void aDraftPlan() {
        CatalogFixtures.seed(mongo);
        client = new PlanClient(port);
        plan = client.draftPlan();
        revision = client.plan(plan).json().get("revision").asLong();
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            outcomes   | PEG item out of range      | {"measure":"PEG","items":[7,7,11],"recordedAt":"NOW"} | 400
            outcomes   | PEG with two items          | {"measure":"PEG","items":[7,7],"recordedAt":"NOW"}    | 400
            outcomes   | PHQ9 item of 4              | {"measure":"PHQ9","items":[0,1,2,3,4,0,0,0,0],"recordedAt":"NOW"} | 400
            outcomes   | ODI with every section null | {"measure":"ODI","items":[null,null,null,null,null,null,null,null,null,null],"recordedAt":"NOW"} | 400
            outcomes   | a fractional item           | {"measure":"NRS","items":[4.5],"recordedAt":"NOW"}    | 400
            outcomes   | an unknown measure          | {"measure":"VAS","items":[4],"recordedAt":"NOW"}      | 400
            outcomes   | recorded in the future      | {"measure":"NRS","items":[4],"recordedAt":"2999-01-01T00:00:00Z"}      | 422
            outcomes   | recorded in year 1          | {"measure":"NRS","items":[4],"recordedAt":"0001-01-01T00:00:00Z"}      | 422
            outcomes   | an item as a string         | {"measure":"NRS","items":["5"],"recordedAt":"NOW"}    | 400
            activities | a dose as a string          | {"treatmentId":"narcotic-pain-medication","details":{"opioid":"OXYCODONE","doseMg":"5","dosesPerDay":3}} | 400
            activities | a denormal dose             | {"treatmentId":"narcotic-pain-medication","details":{"opioid":"OXYCODONE","doseMg":1e-320,"dosesPerDay":3}} | 400
            activities | a review date in year 9999  | {"treatmentId":"nsaid","details":{"reviewBy":"9999-12-31"}}          | 422
            activities | a review date in the past   | {"treatmentId":"nsaid","details":{"reviewBy":"2000-01-01"}}          | 422
            goals      | a due date in the past      | {"aim":"REDUCE_PAIN","measure":"PEG","target":{"atMost":4},"dueDate":"2000-01-01"} | 422
            activities | an unknown treatment        | {"treatmentId":"laetrile"}                                           | 422
            activities | a retired treatment         | {"treatmentId":"magnet-therapy"}                                     | 422
            activities | an opioid without its dose  | {"treatmentId":"narcotic-pain-medication","details":{"dose":"5 mg"}} | 422
            activities | a $gt operator as the id    | {"treatmentId":{"$gt":""}}                                           | 400
            activities | a dose of a million mg      | {"treatmentId":"narcotic-pain-medication","details":{"opioid":"OXYCODONE","doseMg":1000000,"dosesPerDay":3}} | 400
            goals      | a target of both kinds      | {"aim":"REDUCE_PAIN","measure":"PEG","target":{"atMost":4,"changeFromBaselinePercent":-30}} | 400
            goals      | a PEG target of 40          | {"aim":"REDUCE_PAIN","measure":"PEG","target":{"atMost":40}}          | 400
            goals      | an unknown aim              | {"aim":"BE_HAPPY","measure":"PEG","target":{"atMost":4}}              | 400
            referrals  | an unknown specialty        | {"specialty":"ASTROLOGER","reason":"x","priority":"ROUTINE"}          | 400
            referrals  | a $ne operator as reason    | {"specialty":"PSYCHOLOGIST","reason":{"$ne":null},"priority":"ROUTINE"} | 400
            overrides  | an unknown finding          | {"findingId":"0000-not-a-finding","reason":"because"}                | 404
            """)
    void badInputIsRefusedAndNothingIsStored(String path, String what, String body, int status) {
        ApiResponse refused = client.changeAsClinician("/api/plans/" + plan + "/" + path,
                body.replace("\"NOW\"", "\"" + Instant.now() + "\""));

        assertThat(refused.status()).as(what + ": " + refused).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(client.plan(plan).json().get("revision").asLong()).isEqualTo(revision);
    }

    @Test
    void oversizedTextIsRefused() {
        String reason = "x".repeat(2001);
        var refused = client.changeAsCoordinator("/api/plans/" + plan + "/referrals",
                "{\"specialty\":\"PSYCHOLOGIST\",\"reason\":\"" + reason + "\",\"priority\":\"ROUTINE\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(client.plan(plan).json().get("referrals")).isEmpty();
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOneIs428() {
        String stale = client.etag();
        assertThat(client.changeAsCoordinator("/api/plans/" + plan + "/outcomes",
                "{\"measure\":\"NRS\",\"items\":[6],\"recordedAt\":\"" + Instant.now() + "\"}").status()).isEqualTo(201);

        var staleEdit = client.api().post("/api/plans/" + plan + "/outcomes",
                "{\"measure\":\"NRS\",\"items\":[5],\"recordedAt\":\"" + Instant.now() + "\"}")
                .bearer(IDP.coordinator()).header("If-Match", stale).send();
        assertThat(staleEdit.status()).isEqualTo(412);
        assertThat(staleEdit.json().get("type").asString()).isEqualTo("urn:stepwise:problem:precondition-failed");

        var blind = client.api().post("/api/plans/" + plan + "/outcomes",
                "{\"measure\":\"NRS\",\"items\":[5],\"recordedAt\":\"" + Instant.now() + "\"}")
                .bearer(IDP.coordinator()).send();
        assertThat(blind.status()).isEqualTo(428);
        assertThat(client.plan(plan).json().get("outcomes")).hasSize(1);
    }

    @Test
    void anIllegalTransitionIs409NamingTheStatus() {
        var resume = client.changeAsClinician("/api/plans/" + plan + "/resume", "");
        assertThat(resume.status()).isEqualTo(409);
        assertThat(resume.json().get("detail").asString()).contains("DRAFT");

        client.changeAsClinician("/api/plans/" + plan + "/revoke", "");
        var afterRevoke = client.changeAsClinician("/api/plans/" + plan + "/activate", "");
        assertThat(afterRevoke.status()).isEqualTo(409);
        assertThat(afterRevoke.json().get("type").asString()).isEqualTo("urn:stepwise:problem:illegal-transition");
    }

    @Test
    void anUnknownPlanIs404() {
        var response = client.api().get("/api/plans/0190aaaa-0000-7000-8000-000000000000").bearer(IDP.clinician())
                .send();
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void odiWithSkippedSectionsIsScoredOnTheAnsweredOnes() {
        var scored = client.changeAsCoordinator("/api/plans/" + plan + "/outcomes", """
                {"measure":"ODI","items":[2,2,2,2,2,2,2,2,2,null],"recordedAt":"%s"}""".formatted(Instant.now()));
        assertThat(scored.status()).as(scored.toString()).isEqualTo(201);
        assertThat(scored.json().get("score").asDouble()).isEqualTo(40.0);
        assertThat(scored.json().get("band").asString()).isEqualTo("MODERATE");
    }
}
