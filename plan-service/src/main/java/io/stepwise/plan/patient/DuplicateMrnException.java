package io.stepwise.plan.patient;

/** Another patient already has this medical record number (answered 409). */
public class DuplicateMrnException extends RuntimeException {

    DuplicateMrnException(String mrn) {
        super("A patient with MRN " + mrn + " is already registered");
    }
}
