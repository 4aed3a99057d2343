package io.stepwise.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.kit.problem.ProblemType;
import io.stepwise.gateway.problem.ProblemResponses;
import io.stepwise.gateway.web.CorrelationIdWebFilter;
import reactor.core.publisher.Mono;

/**
 * 400 as problem+json for requests Spring Security's firewall refuses (encoded slashes, {@code ..}, {@code ;},
 * {@code //} and the like), in place of the default empty 400. The firewall's reason is logged, not echoed.
 */
final class ProblemExchangeRejected implements ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExchangeRejected.class);

    private final ProblemResponses problems;

    ProblemExchangeRejected(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        log.info("[{}] firewall rejected {} {}: {}", CorrelationIdWebFilter.of(exchange),
                exchange.getRequest().getMethod(), exchange.getRequest().getPath(), rejected.getMessage());
        if (exchange.getResponse().isCommitted()) {
            return Mono.empty();
        }
        return problems.write(exchange, ProblemType.REQUEST_REJECTED,
                "The request's path or headers are not acceptable (such as an encoded slash, '..', ';' or '//')");
    }
}
