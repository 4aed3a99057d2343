package io.stepwise.gateway.body;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.stepwise.kit.problem.ProblemType;
import io.stepwise.gateway.problem.ProblemResponses;
import io.stepwise.gateway.web.ApiPaths;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses at once the request bodies the gateway will not pass on, before anything (such as the CSRF check) reads
 * them: form and multipart bodies on the API, which takes JSON only (415), and bodies over the size limit (413), by
 * their declared length and, for bodies without one, by counting the bytes as they stream through.
 * <p>
 * Not a bean: the security configuration places it in its filter chains, after the firewall and before the CSRF check.
 */
public final class RequestBodyGuard implements WebFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    public RequestBodyGuard(RequestBodyLimits limits, ProblemResponses problems) {
        this.maxBytes = limits.maxSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (ApiPaths.isApi(exchange) && !acceptedOnTheApi(headers)) {
            return problems.write(exchange, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The API takes JSON request bodies only; form and multipart bodies are refused");
        }
        if (headers.getContentLength() > maxBytes) {
            return tooLarge(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountedBody(exchange.getRequest(), maxBytes)).build());
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the gateway accepts (" + maxBytes + " bytes)");
    }

    private static boolean acceptedOnTheApi(HttpHeaders headers) {
        MediaType type;
        try {
            type = headers.getContentType();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return type == null || !(type.getType().equalsIgnoreCase("multipart")
                || MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type));
    }

    /** The request body, failing with a 413 as soon as more than the limit has streamed through. */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountedBody(ServerHttpRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ContentTooLargeException(null));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
