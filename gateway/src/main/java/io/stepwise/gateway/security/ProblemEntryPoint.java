package io.stepwise.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.kit.problem.ProblemType;
import io.stepwise.gateway.problem.ProblemResponses;
import io.stepwise.gateway.audit.GatewayDenials;
import io.stepwise.kit.audit.AuditOutcome;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json with a bearer challenge (RFC 6750): API callers are never redirected to a login page. A caller
 * whose token was refused is told so ({@code error="invalid_token"}); one that sent none gets the bare challenge.
 */
class ProblemEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final GatewayDenials denials;

    /** @param denials audits the refusal when it is on a patient-data path */
    ProblemEntryPoint(ProblemResponses problems, GatewayDenials denials) {
        this.problems = problems;
        this.denials = denials;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        return denials.refused(exchange, AuditOutcome.UNAUTHENTICATED, 401).then(Mono.defer(() -> answer(exchange,
                failure)));
    }

    private Mono<Void> answer(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException refused && refused.getError() instanceof BearerTokenError error) {
            String description = quotable(error.getDescription());
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"invalid_token\", error_description=\"" + description + "\"");
            return problems.write(exchange, ProblemType.UNAUTHENTICATED,
                    "The bearer token was not accepted: " + description);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, ProblemType.UNAUTHENTICATED,
                "Log in through the portal, or send a valid bearer token for the stepwise-api audience");
    }

    /** RFC 6750 allows printable ASCII except {@code "} and {@code \} in error_description. */
    static String quotable(String description) {
        if (description == null || description.isBlank()) {
            return "The access token is invalid";
        }
        StringBuilder safe = new StringBuilder(Math.min(description.length(), 200));
        description.chars().limit(200).forEach(c -> safe.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? (char) c : ' '));
        return safe.toString().strip();
    }
}
