package io.stepwise.local;

/** The platform could not start; the message is one line meant for the person at the terminal. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
