package io.stepwise.plan.accesslog;

import java.time.Instant;

import io.stepwise.plan.accesslog.domain.AccessLogEntry;

/** One line of {@code GET /api/patients/{id}/access-log}: the entry without the patient, whom the path names. */
record AccessLogEntryResponse(String id, Instant at, String service, String actor, String client, String action,
        String resource, String outcome, int status, String request, String correlationId) {

    static AccessLogEntryResponse of(AccessLogEntry entry) {
        return new AccessLogEntryResponse(entry.id(), entry.at(), entry.service(), entry.actor(), entry.client(),
                entry.action(), entry.resource(), entry.outcome(), entry.status(), entry.request(),
                entry.correlationId());
    }
}
