package io.stepwise.plan.template;

/** A plan template with this id exists already (answered 409). */
public class DuplicateTemplateException extends RuntimeException {

    DuplicateTemplateException(String id) {
        super("A plan template " + id + " exists already");
    }
}
