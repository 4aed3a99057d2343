package io.stepwise.catalog.interaction;

/** A rule that names treatments or kinds the catalog does not have. */
public class InvalidRuleException extends RuntimeException {

    public InvalidRuleException(String message) {
        super(message);
    }
}
