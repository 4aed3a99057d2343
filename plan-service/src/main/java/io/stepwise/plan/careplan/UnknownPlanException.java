package io.stepwise.plan.careplan;

/** No care plan has this id (answered 404). */
public class UnknownPlanException extends RuntimeException {

    UnknownPlanException(String id) {
        super("No care plan " + id);
    }
}
