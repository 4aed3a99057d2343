package io.stepwise.referral.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification with javax.crypto only (not
 * the library the service signs with), so that a test proves what a partner's own code would accept.
 * <p>
 * Signed content: the bytes of {@code <webhook-id>.<webhook-timestamp>.} followed by the raw body bytes. Key: the
 * base64-decoded part of the secret after {@code whsec_}. Signature: base64 of HMAC-SHA256. The header holds one or
 * more space-separated {@code v1,<signature>}; one matching is enough. The timestamp must lie within
 * {@value #TOLERANCE_SECONDS} seconds (5 minutes) of the receiver's clock, before or after, which stops replays of old
 * messages.
 */
final class IndependentVerifier {

    static final long TOLERANCE_SECONDS = 300;

    private IndependentVerifier() {
    }

    /** The base64 HMAC-SHA256 a receiver expects for this message. */
    static String expectedSignature(String secret, String webhookId, String timestamp, byte[] body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            var signed = new ByteArrayOutputStream();
            signed.writeBytes((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            signed.writeBytes(body);
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 signatures of the {@code v1} entries of a {@code webhook-signature} header, in order. */
    static List<String> v1Signatures(String header) {
        return Arrays.stream(header.trim().split(" ")).filter(entry -> entry.startsWith("v1,"))
                .map(entry -> entry.substring(3)).toList();
    }

    /** Whether the timestamp is within the tolerance of {@code now} and one v1 signature matches this secret. */
    static boolean verifies(String secret, String webhookId, String timestamp, byte[] body, String header,
            Instant now) {
        long sent = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - sent) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = expectedSignature(secret, webhookId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return v1Signatures(header).stream().anyMatch(signature ->
                MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)));
    }
}
