package io.stepwise.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** 403 as problem+json: a known caller whose role does not reach this path. */
class ProblemAccessDenied implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDenied(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "Your role does not allow this request");
    }
}
