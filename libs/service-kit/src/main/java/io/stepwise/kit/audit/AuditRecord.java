package io.stepwise.kit.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One request on patient data: who (user name, or the machine client's id), through which OAuth2 client, did what to
 * which resource of which patient, how it ended, when (UTC) and under which correlation id. Only ever inserted.
 *
 * @param actor     the user name, the client id of a machine client, or {@code anonymous}
 * @param client    the OAuth2 client ({@code azp}) the token was issued to; null without a valid token
 * @param patientId the patient concerned, when known
 * @param resource  e.g. {@code careplan/0190…} or {@code careplan} for a search
 * @param request   method and path, e.g. {@code GET /api/plans/0190…}
 * @param status    the HTTP status answered
 */
@Document(AuditRecord.COLLECTION)
public record AuditRecord(@Id String id, Instant at, String actor, String client, AuditAction action, String patientId,
        String resource, AuditOutcome outcome, int status, String request, String correlationId) {

    public static final String COLLECTION = "audit_records";
}
