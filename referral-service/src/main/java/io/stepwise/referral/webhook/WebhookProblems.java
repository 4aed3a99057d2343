package io.stepwise.referral.webhook;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.problem.Problems;
import io.stepwise.referral.webhook.domain.DeliveryInFlightException;
import io.stepwise.referral.webhook.domain.DeliveryStatus;

/** The delivery log's refusals as problem details (ahead of the kit's catch-all). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class WebhookProblems {

    @ExceptionHandler(UnknownWebhookDeliveryException.class)
    ProblemDetail unknownDelivery(UnknownWebhookDeliveryException e) {
        return Problems.of(ProblemType.NOT_FOUND, e.getMessage(), null);
    }

    /** 409: a delivery is resent only once its attempts have ended. */
    @ExceptionHandler(DeliveryInFlightException.class)
    ProblemDetail inFlight(DeliveryInFlightException e) {
        ProblemDetail problem = Problems.of(ProblemType.ILLEGAL_TRANSITION, e.getMessage(), null);
        problem.setProperty("currentStatus", DeliveryStatus.PENDING.name());
        return problem;
    }

    @ExceptionHandler(WebhookEndpointUnavailableException.class)
    ProblemDetail endpointUnavailable(WebhookEndpointUnavailableException e) {
        return Problems.of(ProblemType.UNPROCESSABLE, e.getMessage(), null);
    }
}
