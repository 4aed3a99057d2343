package io.stepwise.events.audit;

import java.time.Instant;

/**
 * One service's audit record of a request on patient data, as every service sends it on {@code audit.records.v1}.
 * Each record is its own aggregate: it is sent once, with sequence 1, and never changes.
 *
 * @param recordId      the audit record's id (a UUIDv7), unique across services; a consumer stores it under this id
 * @param sequence      the record's event sequence, always 1
 * @param at            when the request was answered (UTC)
 * @param service       the service that answered it ({@code spring.application.name})
 * @param actor         the user name, the client id of a machine client, or {@code anonymous}
 * @param client        the OAuth2 client the token was issued to; null without a valid token
 * @param action        READ, SEARCH, CREATE, UPDATE or DELETE
 * @param patientId     the patient concerned; null when the request named none
 * @param resource      e.g. {@code careplan/0190…}, or the kind alone for a search
 * @param outcome       SUCCESS, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, REJECTED or FAILED
 * @param status        the HTTP status answered
 * @param request       method and path, e.g. {@code GET /api/plans/0190…}
 * @param correlationId the request's correlation id
 */
public record AuditRecordPayload(String recordId, long sequence, Instant at, String service, String actor,
        String client, String action, String patientId, String resource, String outcome, int status, String request,
        String correlationId) {
}
