package io.stepwise.plan.template;

/** No plan template has this id (answered 404). */
public class UnknownTemplateException extends RuntimeException {

    UnknownTemplateException(String id) {
        super("No plan template " + id);
    }
}
