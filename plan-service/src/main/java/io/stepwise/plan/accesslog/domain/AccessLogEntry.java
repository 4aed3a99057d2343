package io.stepwise.plan.accesslog.domain;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One request on a patient's data, in any service, as that service's audit record said it: plan-service's copy for the
 * patient's access log. Stored under the audit record's id, so a record delivered twice is stored once; never changed.
 * Action and outcome stay as the sending service wrote them: the log only shows them, nothing here decides by them.
 *
 * @param id            the audit record's id
 * @param at            when the request was answered (UTC)
 * @param service       the service that answered it
 * @param actor         the user name, the client id of a machine client, or {@code anonymous}
 * @param client        the OAuth2 client; null without a valid token
 * @param action        READ, SEARCH, CREATE, UPDATE or DELETE
 * @param patientId     the patient whose data it was
 * @param resource      e.g. {@code careplan/0190…}
 * @param outcome       SUCCESS, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, REJECTED or FAILED
 * @param status        the HTTP status answered
 * @param request       method and path
 * @param correlationId the request's correlation id
 */
@Document(AccessLogEntry.COLLECTION)
@CompoundIndex(name = "patient_newest_first", def = "{'patientId': 1, 'at': -1}")
public record AccessLogEntry(@Id String id, Instant at, String service, String actor, String client, String action,
        String patientId, String resource, String outcome, int status, String request, String correlationId) {

    public static final String COLLECTION = "access_log";
}
