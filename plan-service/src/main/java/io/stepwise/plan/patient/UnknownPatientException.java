package io.stepwise.plan.patient;

/** No patient has this id (answered 404). */
public class UnknownPatientException extends RuntimeException {

    UnknownPatientException(String id) {
        super("No patient " + id);
    }
}
