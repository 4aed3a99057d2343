package io.stepwise.referral.fhir;

import org.springframework.http.HttpStatus;

/**
 * A request under the FHIR base that this read-only view does not serve: another resource type or operation (404) or
 * another method on a served resource (405). Answered as an OperationOutcome {@code not-supported}.
 */
class UnsupportedInteractionException extends RuntimeException {

    private final HttpStatus status;

    UnsupportedInteractionException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
