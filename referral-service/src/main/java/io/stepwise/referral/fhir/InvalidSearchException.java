package io.stepwise.referral.fhir;

/** A search the FHIR view cannot run as asked: a bad parameter value (answered 400, OperationOutcome {@code invalid}). */
class InvalidSearchException extends RuntimeException {

    InvalidSearchException(String message) {
        super(message);
    }
}
