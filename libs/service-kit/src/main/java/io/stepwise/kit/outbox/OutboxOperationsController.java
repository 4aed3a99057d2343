package io.stepwise.kit.outbox;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinic admins (the on-call engineer's role here) list FAILED outbox documents and resubmit them once the cause is
 * fixed, under the service's {@code stepwise.outbox.operations-path}, reached through the gateway.
 */
@RestController
class OutboxOperationsController {

    private final FailedOutboxes failedOutboxes;

    OutboxOperationsController(FailedOutboxes failedOutboxes) {
        this.failedOutboxes = failedOutboxes;
    }

    @GetMapping("${stepwise.outbox.operations-path}/failed-documents")
    FailedDocuments list() {
        return new FailedDocuments(failedOutboxes.list());
    }

    @PostMapping("${stepwise.outbox.operations-path}/failed-documents/{collection}/{id}/resubmit")
    Resubmitted resubmit(@PathVariable String collection, @PathVariable String id) {
        failedOutboxes.resubmit(collection, id);
        return new Resubmitted(collection, id, "DUE");
    }

    record FailedDocuments(List<FailedOutboxes.FailedDocument> failedDocuments) {
    }

    record Resubmitted(String collection, String id, String status) {
    }
}
