package io.stepwise.referral.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The partner aggregate on plain objects: what it offers, deactivation, and its credentials and webhook endpoint. */
class PartnerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String HOOK = "https://hooks.lakeside.example/stepwise";
    private static final String JWKS = "https://lakeside.example/.well-known/jwks.json";

    private static Partner partner(String jwksUrl, boolean withWebhook) {
        return Partner.onboarded("p-1", "Lakeside Psychology", Set.of(Specialty.PSYCHOLOGIST, Specialty.PSYCHIATRIST),
                "partner-lakeside-psychology", jwksUrl, withWebhook ? WebhookEndpoint.of(HOOK, secret("a", T0)) : null,
                T0);
    }

    private static WebhookSecret secret(String name, Instant createdAt) {
        return new WebhookSecret(WebhookSecret.PREFIX + name, createdAt, null);
    }

    @ParameterizedTest(name = "active {0}, asked for {1} → offers {2}")
    @CsvSource(textBlock = """
            true,  PSYCHOLOGIST,             true
            true,  PSYCHIATRIST,             true
            true,  SECOND_OPINION_PHYSICIAN, false
            false, PSYCHOLOGIST,             false
            false, SURGEON,                  false
            """)
    void offersItsSpecialtiesOnlyWhileActive(boolean active, Specialty asked, boolean offers) {
        Partner partner = partner(null, true);
        if (!active) {
            partner.deactivate(T0.plusSeconds(60));
        }
        assertThat(partner.offers(asked)).isEqualTo(offers);
    }

    @ParameterizedTest(name = "jwksUrl {0} → {1}")
    @CsvSource(nullValues = "none", textBlock = """
            none,                                            CLIENT_SECRET
            https://lakeside.example/.well-known/jwks.json,  SIGNED_JWT
            """)
    void theJwksUrlDecidesHowTheClientAuthenticates(String jwksUrl, ClientAuthentication expected) {
        Partner partner = partner(jwksUrl, true);
        assertThat(partner.authentication()).isEqualTo(expected);
        assertThat(partner.isActive()).isTrue();
        assertThat(partner.createdAt()).isEqualTo(T0);
    }

    @Test
    void aPartnerOffersAtLeastOneSpecialty() {
        assertThatThrownBy(() -> Partner.onboarded("p-2", "Nobody", Set.of(), "partner-nobody", null, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deactivatingTwiceKeepsTheFirstTimeAndSaysNothingChanged() {
        Partner partner = partner(null, true);
        assertThat(partner.deactivate(T0.plusSeconds(60))).isTrue();
        assertThat(partner.deactivate(T0.plusSeconds(120))).isFalse();
        assertThat(partner.isActive()).isFalse();
        assertThat(partner.deactivatedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @ParameterizedTest(name = "jwks {0}, deactivated {1} → {2}")
    @CsvSource(nullValues = "none", textBlock = """
            none,                                           false, allowed
            https://lakeside.example/.well-known/jwks.json, false, signs JWTs
            none,                                           true,  is deactivated
            https://lakeside.example/.well-known/jwks.json, true,  is deactivated
            """)
    void onlyAnActiveSecretClientGetsANewSecret(String jwksUrl, boolean deactivated, String outcome) {
        Partner partner = partner(jwksUrl, true);
        if (deactivated) {
            partner.deactivate(T0);
        }
        if (outcome.equals("allowed")) {
            partner.checkClientSecretRotation();
        } else {
            assertThatThrownBy(partner::checkClientSecretRotation).isInstanceOf(PartnerRuleException.class)
                    .hasMessageContaining(outcome.equals("signs JWTs") ? "signed by its own keys" : outcome);
        }
    }

    @ParameterizedTest(name = "{0} after rotating → signs with {1}")
    @CsvSource(textBlock = """
            PT0S,          whsec_b whsec_a
            PT23H59M59S,   whsec_b whsec_a
            PT24H,         whsec_b
            PT72H,         whsec_b
            """)
    void aRotatedOutSecretKeepsSigningForADay(Duration after, String signing) {
        Partner partner = partner(null, true);
        Instant rotatedAt = T0.plus(Duration.ofDays(3));

        Instant retires = partner.rotateWebhookSecret(secret("b", rotatedAt), rotatedAt);

        assertThat(retires).isEqualTo(rotatedAt.plus(Partner.WEBHOOK_SECRET_OVERLAP));
        assertThat(partner.webhook().signingSecrets(rotatedAt.plus(after)).stream().map(WebhookSecret::value))
                .containsExactly(signing.split(" "));
    }

    @Test
    void rotatingAgainWithinADayStopsTheSecretRotatedOutBeforeAtOnce() {
        Partner partner = partner(null, true);
        Instant first = T0.plus(Duration.ofHours(1));
        Instant second = first.plus(Duration.ofHours(6));
        partner.rotateWebhookSecret(secret("b", first), first);
        partner.rotateWebhookSecret(secret("c", second), second);

        assertThat(partner.webhook().signingSecrets(second).stream().map(WebhookSecret::value))
                .as("two signatures at most; a leaked secret is cut off by rotating again")
                .containsExactly("whsec_c", "whsec_b");
        assertThat(partner.webhook().signingSecrets(second.plus(Duration.ofHours(23))).stream()
                .map(WebhookSecret::value)).containsExactly("whsec_c", "whsec_b");
        assertThat(partner.webhook().signingSecrets(second.plus(Duration.ofHours(24))).stream()
                .map(WebhookSecret::value)).containsExactly("whsec_c");
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\"")
    @CsvSource(textBlock = """
            Demo psychology practice, Demo Psychology Practice
            '  Lakeside   Physio ',    lakeside physio
            """)
    void namesThatReadTheSameShareTheirKey(String one, String other) {
        assertThat(Partner.nameKey(one)).isEqualTo(Partner.nameKey(other));
    }

    @ParameterizedTest(name = "webhook {0}, deactivated {1} → {2}")
    @CsvSource(textBlock = """
            false, false, has no webhook endpoint
            true,  true,  is deactivated
            """)
    void aWebhookSecretRotatesOnlyOnAnActivePartnersEndpoint(boolean withWebhook, boolean deactivated, String why) {
        Partner partner = partner(null, withWebhook);
        if (deactivated) {
            partner.deactivate(T0);
        }
        assertThatThrownBy(() -> partner.rotateWebhookSecret(secret("b", T0), T0))
                .isInstanceOf(PartnerRuleException.class).hasMessageContaining(why);
    }

    @Test
    void a410DisablesTheEndpointAndSettingTheUrlReEnablesItKeepingTheSecrets() {
        Partner partner = partner(null, true);
        partner.disableWebhook("The receiver answered 410 Gone", T0.plusSeconds(5));
        assertThat(partner.webhook().enabled()).isFalse();
        assertThat(partner.webhook().disabledReason()).isEqualTo("The receiver answered 410 Gone");
        assertThat(partner.webhook().disabledAt()).isEqualTo(T0.plusSeconds(5));

        assertThat(partner.setWebhookUrl(HOOK, secret("unused", T0))).isTrue();

        assertThat(partner.webhook().enabled()).isTrue();
        assertThat(partner.webhook().disabledReason()).isNull();
        assertThat(partner.webhook().secrets()).extracting(WebhookSecret::value).containsExactly("whsec_a");
    }

    @ParameterizedTest(name = "endpoint {0}, enabled {1}, new URL {2} → changed {3}, secrets {4}")
    @CsvSource(textBlock = """
            false, true,  https://hooks.lakeside.example/stepwise, true,  whsec_new
            true,  true,  https://hooks.lakeside.example/stepwise, false, whsec_a
            true,  true,  https://hooks.lakeside.example/v2,       true,  whsec_a
            true,  false, https://hooks.lakeside.example/stepwise, true,  whsec_a
            """)
    void settingTheWebhookUrl(boolean withWebhook, boolean enabled, String url, boolean changed, String secrets) {
        Partner partner = partner(null, withWebhook);
        if (!enabled) {
            partner.disableWebhook("410", T0);
        }
        assertThat(partner.setWebhookUrl(url, secret("new", T0))).isEqualTo(changed);
        assertThat(partner.webhook().url()).isEqualTo(url);
        assertThat(partner.webhook().enabled()).isTrue();
        assertThat(partner.webhook().secrets()).extracting(WebhookSecret::value).containsExactly(secrets);
    }

    @Test
    void aDeactivatedPartnersWebhookUrlNoLongerChanges() {
        Partner partner = partner(null, true);
        partner.deactivate(T0);
        assertThatThrownBy(() -> partner.setWebhookUrl("https://elsewhere.example/", secret("b", T0)))
                .isInstanceOf(PartnerRuleException.class);
        assertThat(partner.webhook().url()).isEqualTo(HOOK);
    }

    @Test
    void disablingAnEndpointThatIsNoneOrAlreadyDisabledChangesNothing() {
        Partner polling = partner(null, false);
        polling.disableWebhook("410", T0);
        assertThat(polling.webhook()).isNull();

        Partner partner = partner(null, true);
        partner.disableWebhook("first", T0);
        partner.disableWebhook("second", T0.plusSeconds(1));
        assertThat(partner.webhook().disabledReason()).isEqualTo("first");
    }

    @Test
    void aNewWebhookSecretIsWhsecAndTheBase64Of32RandomBytes() {
        var values = new HashSet<String>();
        IntStream.range(0, 50).forEach(i -> {
            WebhookSecret secret = WebhookSecret.generate(T0);
            assertThat(secret.value()).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.value().substring("whsec_".length()))).hasSize(32);
            assertThat(secret.createdAt()).isEqualTo(T0);
            assertThat(secret.retiresAt()).isNull();
            assertThat(secret.toString()).doesNotContain(secret.value());
            values.add(secret.value());
        });
        assertThat(values).hasSize(50);
    }
}
