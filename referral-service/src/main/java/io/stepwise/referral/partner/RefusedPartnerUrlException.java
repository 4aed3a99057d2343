package io.stepwise.referral.partner;

import io.stepwise.referral.egress.RefusedUrlException;

/** A partner's webhook or JWKS URL the platform will not call (answered 422 naming the field). */
public class RefusedPartnerUrlException extends RuntimeException {

    private final String field;

    RefusedPartnerUrlException(String field, RefusedUrlException refused) {
        super(field + ": " + refused.getMessage(), refused);
        this.field = field;
    }

    /** The request field that holds the URL, e.g. {@code webhookUrl}. */
    public String field() {
        return field;
    }

    /** Why, e.g. "The URL must use https". */
    public String reason() {
        return getCause().getMessage();
    }
}
