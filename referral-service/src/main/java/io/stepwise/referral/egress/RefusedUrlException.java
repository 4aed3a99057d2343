package io.stepwise.referral.egress;

/** A URL the platform will not call; the message completes "The URL …" (answered 422 where a client gave it). */
public class RefusedUrlException extends RuntimeException {

    public RefusedUrlException(String why) {
        super("The URL " + why);
    }
}
