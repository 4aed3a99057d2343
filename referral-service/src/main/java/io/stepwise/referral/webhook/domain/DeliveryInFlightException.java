package io.stepwise.referral.webhook.domain;

/** A resend of a delivery whose attempt series has not ended (answered 409). */
public class DeliveryInFlightException extends RuntimeException {

    public DeliveryInFlightException(String deliveryId) {
        super("Webhook delivery " + deliveryId + " is PENDING: its attempts are still under way; resend it once it "
                + "has ended");
    }
}
