package io.stepwise.referral.fhir;

/**
 * No resource of this type with the requested id that the caller may see: the referral does not exist, or it is
 * another partner's. Both are answered with the same words (404, OperationOutcome {@code not-found}); the message
 * names the resource type only, never the id, so the two answers are the same bytes.
 */
class UnknownResourceException extends RuntimeException {

    UnknownResourceException(String resourceType) {
        super("No " + resourceType + " with this id is available to this client");
    }
}
