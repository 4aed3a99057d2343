package io.stepwise.referral.webhook;

/**
 * One attempt's request as the receiver gets it (Standard Webhooks headers and body).
 *
 * @param webhookId the {@code webhook-id} header, the same on every attempt of a delivery
 * @param timestamp the {@code webhook-timestamp} header: epoch seconds when this attempt was signed
 * @param signature the {@code webhook-signature} header: {@code v1,<base64>} per signing secret, space-separated
 * @param body      the JSON body, sent as UTF-8 exactly as signed
 */
record SignedMessage(String webhookId, long timestamp, String signature, String body) {
}
