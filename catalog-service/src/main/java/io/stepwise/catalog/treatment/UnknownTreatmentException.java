package io.stepwise.catalog.treatment;

import java.util.Collection;

/** One or more treatment ids the catalog does not have. */
public class UnknownTreatmentException extends RuntimeException {

    public UnknownTreatmentException(Collection<String> ids) {
        super("No treatment with id " + String.join(", ", ids));
    }
}
