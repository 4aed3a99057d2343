package io.stepwise.referral.partner;

import static io.stepwise.referral.partner.PartnerFixtures.IDP;
import static io.stepwise.referral.partner.PartnerFixtures.JWKS;
import static io.stepwise.referral.partner.PartnerFixtures.WEBHOOK;
import static io.stepwise.referral.partner.PartnerFixtures.body;
import static io.stepwise.referral.partner.PartnerFixtures.onboard;
import static io.stepwise.referral.partner.PartnerFixtures.onboardNamed;
import static io.stepwise.referral.partner.PartnerFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.partner.domain.WebhookSecret;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A clinic admin rotates a partner's client secret (at the identity provider) and webhook secret (the old one keeps
 * signing a day), and sets its webhook URL again after a 410 disabled it; each new secret is shown once.
 */
@ServiceTest(database = "referral-partners-test", kafka = true)
@Import(PartnerTestDoubles.class)
class PartnerSecretsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RecordingPartnerClients identityProvider;

    @Autowired
    Partners partners;

    Api api;

    @BeforeEach
    void api() {
        api = Api.atPort(port);
    }

    @Test
    void rotatingTheClientSecretAnswersTheNewSecretOnce() {
        JsonNode partner = onboardNamed(api, uniqueName("Rotating Practice")).json();
        String id = partner.get("id").asString();
        String clientId = partner.get("clientId").asString();

        var rotated = post(id, "rotate-secret", "\"0\"");

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.json().propertyNames()).containsExactly("clientSecret");
        String secret = rotated.json().get("clientSecret").asString();
        assertThat(secret).isEqualTo(identityProvider.client(clientId).secret())
                .isNotEqualTo(partner.get("clientSecret").asString());
        assertThat(rotated.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send().body()).doesNotContain(secret);
        assertThat(post(id, "rotate-secret", null).status()).isEqualTo(428);
        assertThat(post(id, "rotate-secret", "\"7\"").status()).isEqualTo(412);
        assertThat(identityProvider.callsFor(clientId)).containsExactly("create " + clientId,
                "regenerateSecret " + clientId);
    }

    @Test
    void aSignedJwtPartnerHasNoSecretToRotate() {
        JsonNode partner = onboard(api, body(uniqueName("Keys Only"), "[\"PSYCHIATRIST\"]", WEBHOOK, JWKS)).json();

        var refused = post(partner.get("id").asString(), "rotate-secret", "*");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("no client secret");
        assertThat(identityProvider.callsFor(partner.get("clientId").asString())).hasSize(1);
    }

    @Test
    void whenTheIdentityProviderCannotRotateTheOldSecretStays() {
        JsonNode partner = onboardNamed(api, uniqueName("Rotation Outage")).json();
        identityProvider.failNext("regenerateSecret", new PartnerClientsUnavailableException("down", null));

        var failed = post(partner.get("id").asString(), "rotate-secret", "*");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(identityProvider.client(partner.get("clientId").asString()).secret())
                .isEqualTo(partner.get("clientSecret").asString());
    }

    @Test
    void rotatingTheWebhookSecretKeepsThePreviousOneSigningForADay() {
        JsonNode partner = onboardNamed(api, uniqueName("Webhook Rotation")).json();
        String id = partner.get("id").asString();
        String first = partner.get("webhookSecret").asString();
        Instant before = Instant.now();

        var rotated = post(id, "rotate-webhook-secret", "\"0\"");

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.json().propertyNames()).containsExactlyInAnyOrder("webhookSecret",
                "previousSecretRetiresAt");
        String next = rotated.json().get("webhookSecret").asString();
        assertThat(next).startsWith("whsec_").isNotEqualTo(first);
        Instant retires = Instant.parse(rotated.json().get("previousSecretRetiresAt").asString());
        assertThat(retires).isBetween(before.plus(Duration.ofHours(24)).minusSeconds(1),
                Instant.now().plus(Duration.ofHours(24)));
        assertThat(rotated.header("ETag")).isEqualTo("\"1\"");

        Partner stored = partners.findById(id).orElseThrow();
        assertThat(stored.webhook().signingSecrets(Instant.now()).stream().map(WebhookSecret::value))
                .containsExactly(next, first);
        assertThat(stored.webhook().signingSecrets(retires).stream().map(WebhookSecret::value)).containsExactly(next);
        assertThat(api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send().body()).doesNotContain(next)
                .doesNotContain(first);
    }

    @Test
    void settingTheUrlAgainReEnablesAWebhookA410Disabled() {
        JsonNode onboarded = onboardNamed(api, uniqueName("Gone Receiver")).json();
        String id = onboarded.get("id").asString();
        Partner partner = partners.findById(id).orElseThrow();
        partner.disableWebhook("The receiver answered 410 Gone", Instant.now());
        partners.save(partner);
        var disabled = api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send();
        assertThat(disabled.json().at("/webhook/enabled").asBoolean()).isFalse();
        assertThat(disabled.json().at("/webhook/disabledReason").asString()).contains("410");

        var set = putWebhook(id, "https://hooks.lakeside.test/v2", disabled.header("ETag"));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("url").asString()).isEqualTo("https://hooks.lakeside.test/v2");
        assertThat(set.json().get("enabled").asBoolean()).isTrue();
        assertThat(set.json().get("disabledReason").isNull()).isTrue();
        assertThat(set.json().has("webhookSecret")).isFalse();
        var read = api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send().json();
        assertThat(read.at("/webhook/enabled").asBoolean()).isTrue();
        assertThat(partners.findById(id).orElseThrow().webhook().secrets()).extracting(WebhookSecret::value)
                .containsExactly(onboarded.get("webhookSecret").asString());
    }

    @Test
    void aPartnerThatPolledGetsItsFirstWebhookSecretWhenItsUrlIsSet() {
        String id = "polling-" + UUID.randomUUID().toString().substring(0, 8);
        partners.insert(Partner.onboarded(id, uniqueName("Polling Practice"), Set.of(Specialty.PSYCHOLOGIST),
                "partner-" + id, null, null, Instant.now()));

        var set = putWebhook(id, "https://hooks.lakeside.test/first", "\"0\"");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        String secret = set.json().get("webhookSecret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(partners.findById(id).orElseThrow().webhook().secrets()).extracting(WebhookSecret::value)
                .containsExactly(secret);
    }

    @Test
    void aWebhookUrlThePlatformWillNotCallIsRefusedAndChangesNothing() {
        String id = onboardNamed(api, uniqueName("Bad Hook")).json().get("id").asString();
        for (String url : new String[] {"http://hooks.lakeside.test/h", "https://intranet.clinic.test/h",
                "https://[::1]/h", "not a url"}) {
            var refused = putWebhook(id, url, "*");
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("url");
        }
        assertThat(putWebhook(id, "", "*").status()).isEqualTo(400);
        var read = api.get("/api/partners/" + id).bearer(IDP.clinicAdmin()).send();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().at("/webhook/url").asString()).isEqualTo(WEBHOOK);
    }

    private ApiResponse post(String id, String action, String ifMatch) {
        var call = api.post("/api/partners/" + id + "/" + action, "").bearer(IDP.clinicAdmin());
        return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
    }

    private ApiResponse putWebhook(String id, String url, String ifMatch) {
        return api.method("PUT", "/api/partners/" + id + "/webhook", "{\"url\":\"" + url + "\"}")
                .bearer(IDP.clinicAdmin()).header("If-Match", ifMatch).send();
    }
}
