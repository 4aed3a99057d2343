package io.stepwise.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.security.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Errors raised in the gateway itself (no route, a service that does not answer) become problem+json, never Boot's
 * JSON error map or a stack trace.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatusCode status = failure instanceof ErrorResponse response ? response.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("[{}] {} {} failed", CorrelationIdWebFilter.of(exchange), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure);
        }
        return problems.write(exchange, status, detail(status));
    }

    private static String detail(HttpStatusCode status) {
        if (status.value() == 503 || status.value() == 504) {
            return "The service behind this path is not answering; try again shortly";
        }
        if (status.is5xxServerError()) {
            return "The request could not be completed; quote the correlation id to support";
        }
        return status instanceof HttpStatus known ? known.getReasonPhrase() : "Request failed";
    }
}
