package io.stepwise.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** 401 as problem+json with a bearer challenge: API callers are never redirected to a login page. */
class ProblemEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED,
                "Log in through the portal, or send a valid bearer token for the stepwise-api audience");
    }
}
