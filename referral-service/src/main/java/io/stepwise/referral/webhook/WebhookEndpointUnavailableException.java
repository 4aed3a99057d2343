package io.stepwise.referral.webhook;

/** A resend to a partner that is deactivated or whose endpoint is disabled or missing (answered 422). */
class WebhookEndpointUnavailableException extends RuntimeException {

    WebhookEndpointUnavailableException(String why) {
        super(why);
    }
}
