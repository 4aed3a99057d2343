package io.stepwise.referral.webhook;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Signs webhook messages by the Standard Webhooks specification with its reference library: HMAC-SHA256, keyed with
 * the base64-decoded part of a {@code whsec_} secret, over {@code <webhook-id>.<webhook-timestamp>.<body>} (UTF-8).
 */
@Component
class WebhookSigner {

    /**
     * @param webhookId the message id, {@code msg_…}
     * @param timestamp epoch seconds of this attempt
     * @param body      the exact body to be sent
     * @param secrets   every secret the endpoint signs with now, the current one first ({@code whsec_…})
     * @return the message, with {@code webhook-signature} = {@code v1,<base64>} per secret, space-separated
     * @throws IllegalArgumentException without secrets, or with a secret that is not {@code whsec_} + base64
     */
    SignedMessage sign(String webhookId, long timestamp, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A webhook is signed with at least one secret");
        }
        String signature = secrets.stream().map(secret -> signature(secret, webhookId, timestamp, body))
                .collect(Collectors.joining(" "));
        return new SignedMessage(webhookId, timestamp, signature, body);
    }

    private static String signature(String secret, String webhookId, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(webhookId, timestamp, body);
        } catch (WebhookSigningException e) {
            throw new IllegalArgumentException("Cannot sign with this webhook secret: " + e.getMessage(), e);
        }
    }
}
