package io.stepwise.gateway.audit;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.PatientDataPaths;
import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.CorrelationId;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own refusals on patient-data paths (401 without a valid token, 403 for a role that does not reach the
 * path or a missing CSRF token) never reach a service, so the gateway audits them itself: one audit record per
 * refusal, published on {@code audit.records.v1} as the services publish theirs, so that the patient's access log
 * shows the attempt. The patient is known from {@code /api/patients/{id}…} or a {@code patientId} parameter.
 */
public class GatewayDenials {

    /** Audits nothing (for the gateway's unit tests of its refusal writers). */
    public static final GatewayDenials NONE = new GatewayDenials(null, null, Clock.systemUTC());

    private static final String SOURCE = "urn:stepwise:gateway";
    private static final List<PathPattern> PATIENT_DATA = PatientDataPaths.DEFAULTS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    private final AuditPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    public GatewayDenials(AuditPublisher publisher, JsonMapper json, Clock clock) {
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Audits a refusal the gateway answers, if it is on a patient-data path; completes at once (the record is sent in
     * the background and a broker that is away never holds up the answer).
     *
     * @param outcome UNAUTHENTICATED (401) or FORBIDDEN (403)
     */
    public Mono<Void> refused(ServerWebExchange exchange, AuditOutcome outcome, int status) {
        if (publisher == null || !isPatientData(exchange.getRequest().getPath().pathWithinApplication())) {
            return Mono.empty();
        }
        return exchange.getPrincipal().map(Optional::of).defaultIfEmpty(Optional.empty())
                .doOnNext(caller -> publisher.publish(envelope(exchange, caller.orElse(null), outcome, status), SOURCE))
                .then();
    }

    private static boolean isPatientData(PathContainer path) {
        return PATIENT_DATA.stream().anyMatch(pattern -> pattern.matches(path));
    }

    EventEnvelope envelope(ServerWebExchange exchange, Principal caller, AuditOutcome outcome, int status) {
        var request = exchange.getRequest();
        String recordId = UuidV7.next();
        String patientId = patientOf(request.getURI(), request.getQueryParams().getFirst("patientId"));
        String actor = "anonymous";
        String client = null;
        if (caller instanceof JwtAuthenticationToken token) {
            actor = Callers.actor(token.getToken());
            client = Callers.client(token.getToken());
        } else if (caller instanceof OAuth2AuthenticationToken session) {
            actor = session.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null
                    ? user.getPreferredUsername() : session.getName();
            client = session.getAuthorizedClientRegistrationId();
        }
        String correlationId = request.getHeaders().getFirst(CorrelationId.HEADER);
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var payload = new AuditRecordPayload(recordId, 1, at, "gateway", actor, client,
                AuditActions.ofMethod(request.getMethod().name()), patientId,
                patientId == null ? "unknown" : "patient/" + patientId, outcome.name(), status,
                request.getMethod().name() + " " + request.getURI().getRawPath(), correlationId);
        String key = patientId == null ? recordId : patientId;
        return new EventEnvelope(UuidV7.next(), EventTypes.AUDIT_RECORDED, Topics.AUDIT_RECORDS, key, at,
                json.writeValueAsString(payload));
    }

    /** The patient a refused request named: {@code /api/patients/{id}…}, else a {@code patientId} parameter. */
    static String patientOf(URI uri, String patientIdParameter) {
        String[] segments = uri.getRawPath().split("/");
        if (segments.length > 3 && segments[1].equals("api") && segments[2].equals("patients")
                && segments[3].matches("[A-Za-z0-9-]{1,64}")) {
            return segments[3];
        }
        return patientIdParameter != null && patientIdParameter.matches("[A-Za-z0-9-]{1,64}") ? patientIdParameter
                : null;
    }
}
