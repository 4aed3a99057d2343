package io.stepwise.kit.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.CorrelationId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes one audit record for every request on a patient-data path, after it has been answered, whatever the outcome:
 * allowed, refused by security before any handler ran (401, 403), not found (404, also for partner isolation), or
 * failed. It runs outside Spring Security's filter chain and reads the caller from the security context the bearer
 * filter left in the request; what was attempted comes from the handler's {@link Audited} declaration, looked up even
 * when security refused the request before it reached the handler. Handlers declared {@link NotPatientData} are not
 * recorded.
 */
class PatientDataAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PatientDataAuditFilter.class);

    private final AuditTrail trail;
    private final String service;
    private final PatientDataPaths.Matcher paths;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private final Clock clock;
    private final RequestAttributeSecurityContextRepository securityContexts = new RequestAttributeSecurityContextRepository();

    PatientDataAuditFilter(AuditTrail trail, String service, PatientDataPaths paths,
            ObjectProvider<RequestMappingHandlerMapping> handlers, Clock clock) {
        this.trail = trail;
        this.service = service;
        this.paths = paths.matcher();
        this.handlers = handlers;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.matches(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                Object handler = handler(request);
                if (!unchangedSinceTheCallersRead(request, response) && !(handler instanceof HandlerMethod method
                        && method.hasMethodAnnotation(NotPatientData.class))) {
                    AuditRecord record = record(request, handler, response.getStatus());
                    trail.append(record);
                    if (record.outcome() == AuditOutcome.SUCCESS) {
                        disclosures(request).forEach(disclosure -> trail.append(disclosed(record, disclosure)));
                    }
                }
            } catch (RuntimeException e) {
                log.error("Audit record of {} {} could not be written", request.getMethod(), request.getRequestURI(), e);
            }
        }
    }

    /**
     * A 304 for the one concrete ETag the caller holds discloses nothing new (decision 32): the portal's polling of an
     * open plan must not fill the access log. A 304 for {@code *} or a list of tags is a probe and is recorded.
     */
    private static boolean unchangedSinceTheCallersRead(HttpServletRequest request, HttpServletResponse response) {
        String tag = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        return response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED && tag != null
                && tag.trim().matches("\"[^\",*]*\"");
    }

    private AuditRecord record(HttpServletRequest request, Object handler, int status) {
        Audited audited = handler instanceof HandlerMethod method ? method.getMethodAnnotation(Audited.class) : null;
        AuditAction action = audited != null ? audited.action() : AuditAction.ofMethod(request.getMethod());
        Map<String, String> variables = pathVariables(request);
        String resource = audited == null ? "unknown" : audited.resource();
        String id = audited == null ? null : variables.get(audited.idParameter());
        String patient = patient(request, audited, variables);
        String actor = "anonymous";
        String client = null;
        if (caller(request) instanceof JwtAuthenticationToken token) {
            actor = Callers.actor(token.getToken());
            client = Callers.client(token.getToken());
        }
        // Milliseconds, as the database keeps it: the record on Kafka says the same time as the stored one.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return AuditRecord.recorded(UuidV7.next(), at, service, actor, client, action, patient,
                id == null ? resource : resource + "/" + id, AuditOutcome.ofStatus(status), status,
                request.getMethod() + " " + request.getRequestURI(), CorrelationId.current());
    }

    /** The same request, as a disclosure of one patient's resource. */
    private static AuditRecord disclosed(AuditRecord request, AuditedAccess.Disclosure disclosure) {
        return AuditRecord.recorded(UuidV7.next(), request.at(), request.service(), request.actor(), request.client(),
                AuditAction.DISCLOSE, disclosure.patientId(), disclosure.resource(), request.outcome(),
                request.status(), request.request(), request.correlationId());
    }

    @SuppressWarnings("unchecked")
    private static List<AuditedAccess.Disclosure> disclosures(HttpServletRequest request) {
        Object disclosures = request.getAttribute(AuditedAccess.DISCLOSURES_ATTRIBUTE);
        return disclosures instanceof List<?> list ? (List<AuditedAccess.Disclosure>) list : List.of();
    }

    private Authentication caller(HttpServletRequest request) {
        var context = securityContexts.loadDeferredContext(request).get();
        return context == null ? null : context.getAuthentication();
    }

    private static String patient(HttpServletRequest request, Audited audited, Map<String, String> variables) {
        if (request.getAttribute(AuditedAccess.PATIENT_ATTRIBUTE) instanceof String known) {
            return known;
        }
        if (audited == null) {
            return null;
        }
        String fromPath = variables.get(audited.patientParameter());
        return fromPath != null ? fromPath : request.getParameter(audited.patientParameter());
    }

    /** The handler Spring MVC dispatched to or, for a request refused before dispatch, the one it would have. */
    private Object handler(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        return handler != null ? handler : lookUp(request);
    }

    private Object lookUp(HttpServletRequest request) {
        var mapping = handlers.getIfAvailable();
        if (mapping == null) {
            return null;
        }
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            var chain = mapping.getHandler(request);
            return chain == null ? null : chain.getHandler();
        } catch (Exception noHandler) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
