package io.stepwise.referral.webhook;

/** No delivery with this id belongs to this partner (answered 404, the same as for an id that does not exist). */
class UnknownWebhookDeliveryException extends RuntimeException {

    UnknownWebhookDeliveryException(String partnerId, String deliveryId) {
        super("Partner " + partnerId + " has no webhook delivery " + deliveryId);
    }
}
