package io.stepwise.catalog.treatment;

/** The caller's If-Match names a revision that is no longer the current one. */
public class StaleRevisionException extends RuntimeException {

    public StaleRevisionException(String id, long expected, Long actual) {
        super("Treatment " + id + " is at revision " + actual + ", not " + expected + "; reload it and apply your change again");
    }
}
