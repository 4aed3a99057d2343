package io.stepwise.gateway.security;

import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.web.ApiPaths;
import reactor.core.publisher.Mono;

/**
 * Which requests must carry the CSRF token: state-changing ones, except API requests outside any session. Those carry
 * no ambient credentials a forged page could borrow, so there is nothing to protect; they go on to be refused as
 * unauthenticated (401), which tells an API client what it actually forgot.
 */
final class CsrfProtectedRequests implements ServerWebExchangeMatcher {

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        if (!ApiPaths.isApi(exchange)) {
            return CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange);
        }
        return exchange.getSession().flatMap(session -> session.isStarted()
                ? CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange) : MatchResult.notMatch());
    }
}
