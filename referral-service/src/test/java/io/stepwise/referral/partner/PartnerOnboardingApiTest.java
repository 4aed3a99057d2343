package io.stepwise.referral.partner;

import static io.stepwise.referral.partner.PartnerFixtures.IDP;
import static io.stepwise.referral.partner.PartnerFixtures.JWKS;
import static io.stepwise.referral.partner.PartnerFixtures.WEBHOOK;
import static io.stepwise.referral.partner.PartnerFixtures.body;
import static io.stepwise.referral.partner.PartnerFixtures.onboard;
import static io.stepwise.referral.partner.PartnerFixtures.onboardNamed;
import static io.stepwise.referral.partner.PartnerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.referral.partner.domain.ClientAuthentication;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A clinic admin onboards a partner: the partner and its client at the identity provider, both or neither, the
 * secrets shown once; bad input is refused in problem+json and changes nothing.
 */
@ServiceTest(database = "referral-partners-test", kafka = true)
@Import(PartnerTestDoubles.class)
class PartnerOnboardingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordingPartnerClients identityProvider;

    Api api;

    @BeforeEach
    void api() {
        api = Api.atPort(port);
    }

    @Test
    void onboardingAnswersTheIdsAndBothSecretsOnceAndCreatesTheClient() {
        String name = uniqueName("Lakeside Psychology");
        var created = onboard(api, body(name, "[\"PSYCHOLOGIST\",\"PSYCHIATRIST\"]", WEBHOOK, null));

        JsonNode answer = created.json();
        assertThat(answer.propertyNames()).containsExactlyInAnyOrder("id", "clientId", "clientSecret", "webhookSecret");
        String id = answer.get("id").asString();
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        String clientId = answer.get("clientId").asString();
        assertThat(clientId).isEqualTo("partner-" + name.toLowerCase().replace(' ', '-'));
        assertThat(created.header("Location")).isEqualTo("/api/partners/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        var client = identityProvider.client(clientId);
        assertThat(client.request().partnerId()).isEqualTo(id);
        assertThat(client.request().jwksUrl()).isNull();
        assertThat(answer.get("clientSecret").asString()).isEqualTo(client.secret());
        String webhookSecret = answer.get("webhookSecret").asString();
        assertThat(webhookSecret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(webhookSecret.substring(6))).hasSize(32);

        var read = api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo(name);
        assertThat(read.json().get("specialties").valueStream().map(JsonNode::asString))
                .containsExactly("PSYCHOLOGIST", "PSYCHIATRIST");
        assertThat(read.json().get("clientId").asString()).isEqualTo(clientId);
        assertThat(read.json().get("authentication").asString()).isEqualTo("CLIENT_SECRET");
        assertThat(read.json().at("/webhook/url").asString()).isEqualTo(WEBHOOK);
        assertThat(read.json().at("/webhook/enabled").asBoolean()).isTrue();
        assertThat(read.json().get("active").asBoolean()).isTrue();
        assertThat(read.json().get("deactivatedAt").isNull()).isTrue();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        var list = api.get("/api/partners?size=100").bearer(IDP.clinicAdmin()).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("content").valueStream().map(p -> p.get("id").asString())).contains(id);
        for (ApiResponse shown : new ApiResponse[] {read, list}) {
            assertThat(shown.body()).doesNotContain(client.secret()).doesNotContain(webhookSecret)
                    .doesNotContain("whsec_").doesNotContain("secret\"");
        }
    }

    @Test
    void aPartnerWithAJwksGetsNoClientSecretAndASignedJwtClient() {
        var created = onboard(api, body(uniqueName("Harbour Psychiatry"), "[\"PSYCHIATRIST\"]", WEBHOOK, JWKS));

        JsonNode answer = created.json();
        assertThat(answer.has("clientSecret")).isFalse();
        assertThat(answer.get("webhookSecret").asString()).startsWith("whsec_");
        var client = identityProvider.client(answer.get("clientId").asString());
        assertThat(client.request().jwksUrl()).isEqualTo(JWKS);
        assertThat(client.secret()).isNull();

        var read = api.get("/api/partners/" + answer.get("id").asString()).bearer(IDP.clinicAdmin()).send().json();
        assertThat(read.get("authentication").asString()).isEqualTo(ClientAuthentication.SIGNED_JWT.name());
        assertThat(read.get("jwksUrl").asString()).isEqualTo(JWKS);
    }

    /** In the table, {@code $S} stands for one valid specialty and {@code $W} for a valid webhook URL. */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no name                  | {$S,$W}                                                           | 400
            blank name               | {"name":"   ",$S,$W}                                              | 400
            two-line name            | {"name":"Two\\nLines",$S,$W}                                      | 400
            name as an operator      | {"name":{"$gt":""},$S,$W}                                         | 400
            no specialty             | {"name":"No Specialty","specialties":[],$W}                       | 400
            unknown specialty        | {"name":"Unknown Specialty","specialties":["ASTROLOGER"],$W}      | 400
            a specialty twice        | {"name":"Twice","specialties":["SURGEON","SURGEON"],$W}           | 400
            specialty as an operator | {"name":"Operator Specialty","specialties":[{"$gt":""}],$W}       | 400
            no webhook URL           | {"name":"No Hook",$S}                                             | 400
            webhook URL operator     | {"name":"Operator Hook",$S,"webhookUrl":{"$gt":""}}               | 400
            unknown field            | {"name":"Extra",$S,$W,"admin":true}                               | 400
            http webhook             | {"name":"Plain Http",$S,"webhookUrl":"http://hooks.lakeside.test/h"}   | 422
            loopback webhook         | {"name":"Loopback",$S,"webhookUrl":"https://127.0.0.1/h"}              | 422
            private webhook          | {"name":"Private",$S,"webhookUrl":"https://intranet.clinic.test/h"}    | 422
            metadata webhook         | {"name":"Metadata",$S,"webhookUrl":"https://169.254.169.254/latest"}   | 422
            webhook with user info   | {"name":"User Info",$S,"webhookUrl":"https://me:pw@hooks.lakeside.test/h"} | 422
            unresolvable webhook     | {"name":"Nowhere",$S,"webhookUrl":"https://nowhere.invalid/h"}         | 422
            private JWKS             | {"name":"Private Keys",$S,$W,"jwksUrl":"https://10.0.0.7/jwks.json"}   | 422
            http JWKS                | {"name":"Plain Keys",$S,$W,"jwksUrl":"http://keys.lakeside.test/jwks"} | 422
            """)
    void badInputIsRefusedInProblemJsonAndChangesNothing(String what, String template, int status) {
        String json = template.replace("$S", "\"specialties\":[\"PSYCHOLOGIST\"]")
                .replace("$W", "\"webhookUrl\":\"https://hooks.lakeside.test/h\"");
        var refused = api.post("/api/partners", json).bearer(IDP.clinicAdmin()).send();

        assertThat(refused.status()).as(what + ": " + refused).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).startsWith("urn:stepwise:problem:");
        if (status == 422) {
            assertThat(refused.json().at("/errors/0/field").asString()).isIn("webhookUrl", "jwksUrl");
        }
        assertNothingSaved(json);
    }

    @Test
    void anOversizedNameOrHugeBodyIsRefusedAndChangesNothing() {
        String longName = "N".repeat(201);
        var tooLong = api.post("/api/partners", body(longName, "[\"PSYCHOLOGIST\"]", WEBHOOK, null))
                .bearer(IDP.clinicAdmin()).send();
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asString()).isEqualTo("name");

        String huge = body("Huge " + "x".repeat(3_000_000), "[\"PSYCHOLOGIST\"]", WEBHOOK, null);
        var refused = api.post("/api/partners", huge).bearer(IDP.clinicAdmin()).send();
        assertThat(refused.status()).isIn(400, 413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(mongo.count(Query.query(Criteria.where("name").regex("^(N{201}|Huge )")), Partner.class)).isZero();
    }

    @Test
    void theSameNameTwiceOrANameThatReadsTheSameIs409() {
        String name = uniqueName("Riverside Pain Clinic");
        String clientId = onboardNamed(api, name).json().get("clientId").asString();

        for (String again : new String[] {name, name.toUpperCase(), name.replace(' ', '-') + "!"}) {
            var duplicate = api.post("/api/partners", body(again, "[\"PAIN_SPECIALIST\"]", WEBHOOK, null))
                    .bearer(IDP.clinicAdmin()).send();
            assertThat(duplicate.status()).as(again).isEqualTo(409);
            assertThat(duplicate.json().get("type").asString()).isEqualTo("urn:stepwise:problem:duplicate");
        }
        assertThat(identityProvider.callsFor(clientId)).containsExactly("create " + clientId);
        assertThat(mongo.count(Query.query(Criteria.where("clientId").is(clientId)), Partner.class)).isEqualTo(1);
    }

    @Test
    void aNameTakenByAPartnerWithAnotherClientIdIs409() {
        String name = uniqueName("Harbour Physio");
        mongo.insert(Partner.onboarded(UUID.randomUUID().toString(), name, Set.of(Specialty.PHYSICAL_THERAPIST),
                "partner-harbour-legacy-" + UUID.randomUUID(), null, null, Instant.now()));

        var duplicate = api.post("/api/partners", body("  " + name.toLowerCase() + " ", "[\"PAIN_SPECIALIST\"]",
                WEBHOOK, null)).bearer(IDP.clinicAdmin()).send();

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(mongo.count(Query.query(Criteria.where("nameKey").is(Partner.nameKey(name))), Partner.class))
                .isEqualTo(1);
    }

    @Test
    void aClientIdTheIdentityProviderHasAlreadyIs409AndSavesNothing() {
        String name = uniqueName("Made By Hand");
        String clientId = ClientIds.forName(name);
        identityProvider.existing(clientId);

        var taken = api.post("/api/partners", body(name, "[\"DIETITIAN\"]", WEBHOOK, null)).bearer(IDP.clinicAdmin())
                .send();

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).contains(clientId);
        assertThat(mongo.count(Query.query(Criteria.where("clientId").is(clientId)), Partner.class)).isZero();
    }

    @Test
    void whenTheIdentityProviderFailsNothingIsSaved() {
        String name = uniqueName("Keycloak Down");
        identityProvider.failNext("create", new PartnerClientsUnavailableException(
                "The identity provider could not create client x; try again later", null));

        var failed = api.post("/api/partners", body(name, "[\"SURGEON\"]", WEBHOOK, null)).bearer(IDP.clinicAdmin())
                .send();

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.json().get("type").asString()).isEqualTo("urn:stepwise:problem:service-unavailable");
        assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), Partner.class)).isZero();
        assertThat(identityProvider.client(ClientIds.forName(name))).isNull();
    }

    @Test
    void whenThePartnerCannotBeSavedItsNewClientIsDeletedAgain() {
        String name = uniqueName("Lost Race");
        String clientId = ClientIds.forName(name);
        // Another onboarding of the same name saves its partner while this one is at the identity provider.
        identityProvider.afterNextCreate(client -> mongo.insert(Partner.onboarded("rival-" + UUID.randomUUID(),
                client.name(), Set.of(Specialty.SURGEON), clientId, null, null, Instant.now())));

        var lost = api.post("/api/partners", body(name, "[\"SURGEON\"]", WEBHOOK, null)).bearer(IDP.clinicAdmin())
                .send();

        assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
        assertThat(identityProvider.callsFor(clientId)).containsExactly("create " + clientId, "delete " + clientId);
        assertThat(identityProvider.client(clientId)).isNull();
        assertThat(mongo.count(Query.query(Criteria.where("clientId").is(clientId)), Partner.class)).isEqualTo(1);
    }

    @Test
    void anIfMatchOnACreateIs412() {
        var refused = api.post("/api/partners", body(uniqueName("Precondition"), "[\"SURGEON\"]", WEBHOOK, null))
                .bearer(IDP.clinicAdmin()).header("If-Match", "*").send();
        assertThat(refused.status()).isEqualTo(412);
    }

    @Test
    void unknownPartnersAre404() {
        var missing = api.get("/api/partners/" + UUID.randomUUID()).bearer(IDP.clinicAdmin()).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onboardingIsAuditedWithWhoDidItAndNoSecret() {
        String correlationId = "onboarding-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.post("/api/partners", body(uniqueName("Audited"), "[\"ACUPUNCTURIST\"]", WEBHOOK, null))
                .bearer(IDP.clinicAdmin()).header("X-Correlation-Id", correlationId).send();
        assertThat(created.status()).isEqualTo(201);

        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(query, AuditRecord.class));
        AuditRecord record = mongo.findOne(query, AuditRecord.class);
        assertThat(record.action()).isEqualTo(AuditAction.CREATE);
        assertThat(record.resource()).isEqualTo("partner");
        assertThat(record.actor()).isEqualTo("clinic-admin");
        assertThat(record.status()).isEqualTo(201);
        assertThat(record.patientId()).isNull();
        assertThat(record.toString()).doesNotContain(created.json().get("webhookSecret").asString());
    }

    private void assertNothingSaved(String json) {
        String name = json.replaceAll(".*\"name\":\"([^\"]*)\".*", "$1");
        if (!name.equals(json)) {
            assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), Partner.class)).as(name).isZero();
            assertThat(identityProvider.callsFor(ClientIds.forName(name))).as(name).isEmpty();
        }
    }
}
