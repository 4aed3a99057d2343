package io.stepwise.catalog.treatment;

public class DuplicateTreatmentException extends RuntimeException {

    public DuplicateTreatmentException(String id) {
        super("A treatment with id " + id + " already exists");
    }
}
