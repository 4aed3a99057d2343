package io.stepwise.referral.referral.domain;

/** An action taken by the side that may not take it, e.g. the clinic accepting for the partner (answered 403). */
public class WrongSideException extends RuntimeException {

    public WrongSideException(String message) {
        super(message);
    }
}
