package io.stepwise.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.web.ApiPaths;
import reactor.core.publisher.Mono;

/**
 * Where a session request's CSRF token is taken from. On the API only from the header: reading a form field would
 * consume the body the gateway must pass on to the service, and the proxied request would then wait for it forever.
 * On the gateway's own paths (such as the portal's {@code /logout} form) the {@code _csrf} field is accepted too.
 */
final class CsrfTokenSources implements ServerCsrfTokenRequestHandler {

    private final ServerCsrfTokenRequestAttributeHandler pages = new ServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> token) {
        pages.handle(exchange, token);
    }

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        if (ApiPaths.isApi(exchange)) {
            return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(token.getHeaderName()));
        }
        return pages.resolveCsrfTokenValue(exchange, token);
    }
}
