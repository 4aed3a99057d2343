package io.stepwise.gateway.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.kit.problem.ProblemType;
import io.stepwise.gateway.problem.ProblemResponses;
import io.stepwise.gateway.audit.GatewayDenials;
import io.stepwise.kit.audit.AuditOutcome;
import reactor.core.publisher.Mono;

/** 403 as problem+json: a role that does not reach the path, or a session request without a valid CSRF token. */
final class ProblemAccessDenied implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;
    private final GatewayDenials denials;
    private final ProblemType type;
    private final String detail;

    private ProblemAccessDenied(ProblemResponses problems, GatewayDenials denials, ProblemType type, String detail) {
        this.problems = problems;
        this.denials = denials;
        this.type = type;
        this.detail = detail;
    }

    static ProblemAccessDenied forRoles(ProblemResponses problems, GatewayDenials denials) {
        return new ProblemAccessDenied(problems, denials, ProblemType.FORBIDDEN, "Your role does not allow this request");
    }

    static ProblemAccessDenied forCsrf(ProblemResponses problems, GatewayDenials denials) {
        return new ProblemAccessDenied(problems, denials, ProblemType.CSRF_REJECTED,
                "A request that changes something must carry the CSRF token from the XSRF-TOKEN cookie "
                        + "in the X-XSRF-TOKEN header");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return denials.refused(exchange, AuditOutcome.FORBIDDEN, 403)
                .then(Mono.defer(() -> problems.write(exchange, type, detail)));
    }
}
