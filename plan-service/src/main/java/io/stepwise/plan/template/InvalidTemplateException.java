package io.stepwise.plan.template;

/** A template that names treatments the catalog replica cannot vouch for (answered 422). */
public class InvalidTemplateException extends RuntimeException {

    InvalidTemplateException(String message) {
        super(message);
    }
}
