package io.stepwise.gateway.problem;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.web.CorrelationIdWebFilter;
import io.stepwise.kit.problem.ProblemType;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Errors raised in the gateway itself (no route, a service that does not answer or answers too late, a body over the
 * limit) become problem+json, never Boot's JSON error map or a stack trace.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatusCode status = statusOf(failure);
        if (ProblemType.forStatus(status) == ProblemType.INTERNAL_ERROR) {
            log.error("[{}] {} {} failed", CorrelationIdWebFilter.of(exchange), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure);
        } else if (status.is5xxServerError()) {
            log.warn("[{}] {} {} answered {}: {}", CorrelationIdWebFilter.of(exchange), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), status.value(), failure.toString());
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        return problems.write(exchange, status, detail(status));
    }

    /**
     * A status the failure states itself (anywhere in its causes) wins over one inferred from how the call to the
     * service failed.
     */
    static HttpStatusCode statusOf(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof ErrorResponse response) {
                return response.getStatusCode();
            }
            if (cause instanceof DataBufferLimitException) {
                return HttpStatus.CONTENT_TOO_LARGE;
            }
        }
        for (Throwable cause : causes(failure)) {
            switch (cause) {
                case TimeoutException timeout -> {
                    return HttpStatus.GATEWAY_TIMEOUT;
                }
                case ConnectException unreachable -> {
                    return HttpStatus.SERVICE_UNAVAILABLE;
                }
                case PrematureCloseException closed -> {
                    return HttpStatus.BAD_GATEWAY;
                }
                default -> {
                }
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && causes.size() < 16 && !causes.contains(cause);
                cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static String detail(HttpStatusCode status) {
        if (status.value() == HttpStatus.BAD_GATEWAY.value()) {
            return "The service behind this path closed the connection before answering. A change may or may not have "
                    + "been made: read the resource before sending it again";
        }
        return switch (ProblemType.forStatus(status)) {
            case GATEWAY_TIMEOUT -> "The service behind this path did not answer in time. A change may or may not have "
                    + "been made: read the resource before sending it again";
            case SERVICE_UNAVAILABLE -> "The service behind this path is not answering; try again shortly";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the gateway accepts";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here";
            case NOT_FOUND -> "Nothing is served at this path";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
            case INTERNAL_ERROR -> "The request could not be completed; quote the correlation id to support";
            default -> status instanceof HttpStatus known ? known.getReasonPhrase() : "Request failed";
        };
    }
}
