package io.stepwise.referral.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/**
 * The signatures a partner receives verify with a receiver's own HMAC code written from the Standard Webhooks
 * specification (not the library the service signs with), for ASCII and non-ASCII bodies, with one signature per
 * secret during a rotation, and only for the timestamp they were made for. The ±5 minute tolerance is the
 * receiver's replay protection; the specification's library applies the same window.
 */
class WebhookSignerTest {

    private static final String WEBHOOK_ID = "msg_0b3c8f8e-1c1e-3a4f-9d6b-2f1e5a7c9d10";

    private final WebhookSigner signer = new WebhookSigner();

    static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void theSignatureIsTheBase64HmacSha256OfIdTimestampAndBodyWithTheDecodedSecret() {
        String secret = newSecret();
        String body = "{\"type\":\"referral.assigned\",\"timestamp\":\"2026-03-01T09:30:00Z\","
                + "\"data\":{\"eventId\":\"e-1\",\"referralId\":\"r-1\"}}";
        long timestamp = Instant.now().getEpochSecond();

        var message = signer.sign(WEBHOOK_ID, timestamp, body, List.of(secret));

        assertThat(message.webhookId()).isEqualTo(WEBHOOK_ID);
        assertThat(message.timestamp()).isEqualTo(timestamp);
        assertThat(message.signature()).isEqualTo("v1," + IndependentVerifier.expectedSignature(secret, WEBHOOK_ID,
                Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8)));
        assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp),
                body.getBytes(StandardCharsets.UTF_8), message.signature(), Instant.now())).isTrue();
    }

    @Test
    void aNonAsciiBodyIsSignedAsItsUtf8Bytes() {
        String secret = newSecret();
        String body = "{\"note\":\"Zoë – 痛み\"}";
        long timestamp = Instant.now().getEpochSecond();

        var message = signer.sign(WEBHOOK_ID, timestamp, body, List.of(secret));

        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8).hasSizeGreaterThan(body.length());
        assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp), utf8,
                message.signature(), Instant.now())).isTrue();
        assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp),
                body.getBytes(StandardCharsets.ISO_8859_1), message.signature(), Instant.now())).isFalse();
    }

    @Test
    void theSpecificationsExampleGivesItsSignature() {
        var message = signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}",
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        assertThat(message.signature()).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationEachSecretSignsAndEachSignatureVerifiesWithItsOwnSecretOnly() {
        String current = newSecret();
        String rotatedOut = newSecret();
        String body = "{\"note\":\"Zoë – 痛み\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        var message = signer.sign(WEBHOOK_ID, Long.parseLong(timestamp), body, List.of(current, rotatedOut));

        var signatures = IndependentVerifier.v1Signatures(message.signature());
        assertThat(message.signature()).matches("v1,\\S+ v1,\\S+");
        assertThat(signatures).containsExactly(
                IndependentVerifier.expectedSignature(current, WEBHOOK_ID, timestamp, bytes),
                IndependentVerifier.expectedSignature(rotatedOut, WEBHOOK_ID, timestamp, bytes));
        assertThat(signatures.get(0)).isNotEqualTo(IndependentVerifier.expectedSignature(rotatedOut, WEBHOOK_ID,
                timestamp, bytes));
        assertThat(IndependentVerifier.verifies(current, WEBHOOK_ID, timestamp, bytes, message.signature(),
                Instant.now())).isTrue();
        assertThat(IndependentVerifier.verifies(rotatedOut, WEBHOOK_ID, timestamp, bytes, message.signature(),
                Instant.now())).isTrue();
        assertThat(IndependentVerifier.verifies(newSecret(), WEBHOOK_ID, timestamp, bytes, message.signature(),
                Instant.now())).isFalse();
    }

    @Test
    void aSignatureHoldsOnlyForItsTimestampIdAndBody() {
        String secret = newSecret();
        String body = "{\"a\":1}";
        long timestamp = Instant.now().getEpochSecond();
        String signature = signer.sign(WEBHOOK_ID, timestamp, body, List.of(secret)).signature();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(signer.sign(WEBHOOK_ID, timestamp + 1, body, List.of(secret)).signature()).isNotEqualTo(signature);
        assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp + 1), bytes, signature,
                Instant.now())).isFalse();
        assertThat(IndependentVerifier.verifies(secret, "msg_other", Long.toString(timestamp), bytes, signature,
                Instant.now())).isFalse();
        assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp),
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8), signature, Instant.now())).isFalse();
    }

    /** A receiver accepts a timestamp up to 5 minutes behind or ahead of its clock, and nothing further off. */
    @Test
    void receiversAcceptTimestampsWithinFiveMinutesEitherWay() {
        String secret = newSecret();
        String body = "{\"a\":1}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();
        for (long offset : new long[] {-300, -1, 0, 1, 300}) {
            long timestamp = now.getEpochSecond() + offset;
            String signature = signer.sign(WEBHOOK_ID, timestamp, body, List.of(secret)).signature();
            assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp), bytes, signature,
                    now)).as("offset %d s", offset).isTrue();
        }
        for (long offset : new long[] {-301, 301, -3600}) {
            long timestamp = now.getEpochSecond() + offset;
            String signature = signer.sign(WEBHOOK_ID, timestamp, body, List.of(secret)).signature();
            assertThat(IndependentVerifier.verifies(secret, WEBHOOK_ID, Long.toString(timestamp), bytes, signature,
                    now)).as("offset %d s", offset).isFalse();
        }
    }

    @Test
    void theSpecificationsLibraryAppliesTheSameFiveMinuteWindow() throws Exception {
        String secret = newSecret();
        String body = "{\"a\":1}";
        long fresh = Instant.now().getEpochSecond();
        long stale = fresh - 6 * 60;

        new Webhook(secret).verify(body, headers(fresh, signer.sign(WEBHOOK_ID, fresh, body, List.of(secret))));
        assertThatThrownBy(() -> new Webhook(secret).verify(body,
                headers(stale, signer.sign(WEBHOOK_ID, stale, body, List.of(secret)))))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("too old");
    }

    @Test
    void withoutASecretNothingIsSigned() {
        assertThatThrownBy(() -> signer.sign(WEBHOOK_ID, 1L, "{}", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, List<String>> headers(long timestamp, SignedMessage message) {
        return Map.of("webhook-id", List.of(message.webhookId()),
                "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(message.signature()));
    }
}
