package io.stepwise.referral.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error of the FHIR view's controllers (this package only) as an OperationOutcome in
 * {@code application/fhir+json}, ahead of the service's and the kit's problem+json handlers. Refusals by Spring
 * Security before any controller runs (401 without a valid token, 403 for another role) stay problem+json: they
 * happen before the request is known to be a FHIR one, and are the same on every Stepwise endpoint.
 */
@RestControllerAdvice(basePackageClasses = FhirErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    private final FhirJson json;

    FhirErrors(FhirJson json) {
        this.json = json;
    }

    /** Unknown and another partner's id alike: the same status and the same words. */
    @ExceptionHandler(UnknownResourceException.class)
    ResponseEntity<String> notFound(UnknownResourceException e) {
        return answer(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<String> invalid(InvalidSearchException e) {
        return answer(HttpStatus.BAD_REQUEST, IssueType.INVALID, e.getMessage());
    }

    @ExceptionHandler(UnsupportedInteractionException.class)
    ResponseEntity<String> unsupported(UnsupportedInteractionException e) {
        return answer(e.status(), IssueType.NOTSUPPORTED, e.getMessage());
    }

    /** A partner token without its {@code partner_id} claim, refused by the controller. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> forbidden(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, e.getMessage());
    }

    /** Spring MVC's own refusals with their status; anything else a 500 that logs the cause and shows none of it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            String detail = refusal.getBody().getDetail();
            return answer(refusal.getStatusCode(), issueType(refusal.getStatusCode()),
                    detail != null ? detail : "The request was refused");
        }
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION,
                "The request could not be completed; quote the correlation id to support");
    }

    private static IssueType issueType(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            default -> IssueType.INVALID;
        };
    }

    private ResponseEntity<String> answer(HttpStatusCode status, IssueType code, String diagnostics) {
        return json.answer(ResponseEntity.status(status), OperationOutcomes.error(code, diagnostics));
    }
}
