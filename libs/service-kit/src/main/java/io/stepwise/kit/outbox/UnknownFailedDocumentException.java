package io.stepwise.kit.outbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A resubmit of something that is not a FAILED outbox document of this service: answered 404. */
public class UnknownFailedDocumentException extends ResponseStatusException {

    public UnknownFailedDocumentException(String collection, String id) {
        super(HttpStatus.NOT_FOUND, "No FAILED outbox document " + id + " in " + collection);
    }
}
