package io.stepwise.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.stepwise.kit.web.CorrelationId;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id (the caller's, if it is safe), passes it to the services, returns it to the
 * caller, and logs one access line with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("io.stepwise.gateway.access");
    private static final String ATTRIBUTE = CorrelationIdWebFilter.class.getName();

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        var request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationId.HEADER, correlationId)).build();
        var tagged = exchange.mutate().request(request).build();
        tagged.getAttributes().put(ATTRIBUTE, correlationId);
        tagged.getResponse().getHeaders().set(CorrelationId.HEADER, correlationId);
        long started = System.nanoTime();
        return chain.filter(tagged).doFinally(signal -> log.info("[{}] {} {} -> {} in {} ms", correlationId,
                request.getMethod(), request.getPath().value(), tagged.getResponse().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000));
    }
}
