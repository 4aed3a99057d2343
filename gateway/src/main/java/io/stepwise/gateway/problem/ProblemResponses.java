package io.stepwise.gateway.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.web.CorrelationIdWebFilter;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.problem.Problems;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents for every refusal or failure the gateway answers itself (no service answered):
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and the request's {@code correlationId}.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        return write(exchange, type, type.status(), detail);
    }

    /** A problem of the kind that goes with this status. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, ProblemType.forStatus(status), status, detail);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, HttpStatusCode status, String detail) {
        ProblemDetail problem = Problems.of(type, detail, exchange.getRequest().getPath().value());
        problem.setStatus(status.value());
        String correlationId = CorrelationIdWebFilter.of(exchange);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        var response = exchange.getResponse();
        response.setStatusCode(status);
        var headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (type == ProblemType.PAYLOAD_TOO_LARGE || type == ProblemType.UNSUPPORTED_MEDIA_TYPE) {
            // The body was refused unread (or half read): end the connection rather than leave the client and the
            // server to disagree on where the next request starts.
            headers.setConnection("close");
        }
        headers.remove("Content-Length");
        byte[] body = json.writeValueAsBytes(problem);
        headers.setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
