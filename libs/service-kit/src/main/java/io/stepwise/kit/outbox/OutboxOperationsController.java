package io.stepwise.kit.outbox;

import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;

/**
 * Clinic admins (the on-call engineer's role here) list FAILED outbox documents and resubmit them once the cause is
 * fixed, under the service's {@code stepwise.outbox.operations-path}, reached through the gateway. Both are declared
 * {@link Audited}: where that path lies under the patient-data paths (plan-service, referral-service) every call is
 * audited, because a failed document (an audit record, a care plan) may hold patient data.
 */
@RestController
class OutboxOperationsController {

    private final FailedOutboxes failedOutboxes;

    OutboxOperationsController(FailedOutboxes failedOutboxes) {
        this.failedOutboxes = failedOutboxes;
    }

    /** The FAILED documents, most recent failure first, a page at a time (not sortable). */
    @GetMapping("${stepwise.outbox.operations-path}/failed-documents")
    @Audited(action = AuditAction.SEARCH, resource = "outbox")
    PagedModel<FailedOutboxes.FailedDocument> list(
            @PageParams(defaultSize = 50, maxSize = FailedOutboxes.MAX_PAGE_SIZE) PageQuery page) {
        return new PagedModel<>(failedOutboxes.page(page.pageable()));
    }

    /** Makes one FAILED document due again; 404 problem+json if it is not a FAILED document of this service. */
    @PostMapping("${stepwise.outbox.operations-path}/failed-documents/{collection}/{id}/resubmit")
    @Audited(action = AuditAction.UPDATE, resource = "outbox", idParameter = "id")
    Resubmitted resubmit(@PathVariable String collection, @PathVariable String id) {
        failedOutboxes.resubmit(collection, id);
        return new Resubmitted(collection, id, "DUE");
    }

    record Resubmitted(String collection, String id, String status) {
    }
}
