package io.stepwise.kit.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import io.stepwise.kit.web.CorrelationId;

/** Builds the RFC 9457 problem documents every Stepwise endpoint answers errors with. */
public final class Problems {

    private Problems() {
    }

    /** A problem of a known kind: its type URI, status and title, with this detail. */
    public static ProblemDetail of(ProblemType type, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return withCorrelationId(problem);
    }

    /** A problem known only by its status: typed with the general kind for that status. */
    public static ProblemDetail of(HttpStatusCode status, String detail, String instance) {
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = of(type, detail, instance);
        problem.setStatus(status.value());
        return problem;
    }

    /**
     * Fills what a problem built elsewhere (by Spring MVC) lacks: a Stepwise type for its status when it has none,
     * and the correlation id.
     */
    public static ProblemDetail completed(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            ProblemType type = ProblemType.forStatus(HttpStatusCode.valueOf(problem.getStatus()));
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        return withCorrelationId(problem);
    }

    /** Adds the request's correlation id so a caller can quote it to the clinic's on-call engineer. */
    public static ProblemDetail withCorrelationId(ProblemDetail problem) {
        String correlationId = CorrelationId.current();
        if (correlationId != null && (problem.getProperties() == null || !problem.getProperties().containsKey("correlationId"))) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }
}
