package io.stepwise.plan.accesslog;

import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;

/** Clinicians and clinic admins see who accessed a patient's data across every service (PlanEndpointRules). */
@RestController
class AccessLogController {

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /**
     * In: the patient id and {@code page}, {@code size}, {@code sort} ({@code at}, newest first by default). Out: one
     * page of the patient's access log; empty for a patient nobody has accessed. Reading it is itself audited.
     */
    @GetMapping("/api/patients/{id}/access-log")
    @Audited(action = AuditAction.READ, resource = "accesslog", idParameter = "id", patientParameter = "id")
    PagedModel<AccessLogEntryResponse> accessLog(@PathVariable String id,
            @PageParams(sort = "at=at", defaultSort = "at,desc") PageQuery page) {
        return new PagedModel<>(accessLog.of(id, page).map(AccessLogEntryResponse::of));
    }
}
