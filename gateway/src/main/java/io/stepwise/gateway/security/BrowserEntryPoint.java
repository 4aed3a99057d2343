package io.stepwise.gateway.security;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.web.ApiPaths;
import reactor.core.publisher.Mono;

/** Without a session: API paths get a 401 problem, pages are sent to Keycloak's login. */
class BrowserEntryPoint implements ServerAuthenticationEntryPoint {

    private final ServerAuthenticationEntryPoint api;
    private final ServerAuthenticationEntryPoint pages;

    BrowserEntryPoint(ServerAuthenticationEntryPoint api, ServerAuthenticationEntryPoint pages) {
        this.api = api;
        this.pages = pages;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        return ApiPaths.isApi(exchange) ? api.commence(exchange, failure) : pages.commence(exchange, failure);
    }
}
