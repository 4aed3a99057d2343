package io.stepwise.kit.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import io.stepwise.kit.web.CorrelationId;

/** Builds the RFC 9457 problem documents every Stepwise endpoint answers errors with. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (status instanceof HttpStatus known) {
            problem.setTitle(known.getReasonPhrase());
        }
        if (instance != null) {
            problem.setInstance(URI.create(instance));
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
