package io.stepwise.gateway.web;

import org.springframework.web.server.ServerWebExchange;

/**
 * The API the gateway routes to the services ({@code /api/**}, {@code /partner-api/**}, and the services' API docs),
 * as opposed to the pages and endpoints the gateway answers itself (the portal, login, {@code /logout}). The API
 * speaks JSON only and answers problems rather than redirects.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.startsWith("/api/") || path.startsWith("/partner-api/") || path.startsWith("/v3/api-docs");
    }
}
