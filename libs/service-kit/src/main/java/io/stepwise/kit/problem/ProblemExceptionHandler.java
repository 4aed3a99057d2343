package io.stepwise.kit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DatabindException;

/**
 * Every error a controller raises becomes problem+json: Spring MVC's own exceptions (400, 404, 405, 406, 415 …) through
 * the base class, {@code ErrorResponse} exceptions with their status, and anything unexpected as a 500 that logs the
 * cause and shows the caller nothing of it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied, HttpServletRequest request) {
        return problem(ProblemType.FORBIDDEN, "Your role does not allow this request", request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException conflict, HttpServletRequest request) {
        return problem(ProblemType.CONCURRENT_CHANGE, "Someone else changed this at the same time; reload it and try again",
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(ProblemType.INVALID_BODY, "The request has invalid fields", null);
        var errors = new ArrayList<FieldProblem>();
        invalid.getBindingResult().getFieldErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        invalid.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        problem.setProperty("errors", errors);
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(ProblemType.UNREADABLE_BODY, "The request body is not valid JSON for this endpoint", null);
        if (unreadable.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setProperty("errors", List.of(new FieldProblem(field, wrongValue(databind))));
        }
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        String allowed = mismatch.getRequiredType() != null && mismatch.getRequiredType().isEnum()
                ? "; one of " + java.util.Arrays.toString(mismatch.getRequiredType().getEnumConstants())
                : mismatch.getRequiredType() != null ? "; expected " + mismatch.getRequiredType().getSimpleName() : "";
        return invalidParameter(name, "has the value " + mismatch.getValue() + allowed, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException missing, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return createResponseEntity(Problems.of(ProblemType.NOT_FOUND, "Nothing is served at this path", null), headers,
                HttpStatus.NOT_FOUND, request);
    }

    /** A query or path parameter that breaks its constraint (a pattern, a size): 400 naming each one. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException invalid, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        error instanceof org.springframework.validation.FieldError field ? field.getField()
                                : String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage()))))
                .toList();
        if (errors.isEmpty()) {
            return super.handleHandlerMethodValidationException(invalid, headers, status, request);
        }
        var problem = Problems.of(ProblemType.INVALID_PARAMETER, errors.stream()
                .map(error -> "Parameter " + error.field() + " " + error.message())
                .collect(java.util.stream.Collectors.joining("; ")), null);
        problem.setProperty("errors", errors);
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidParameter(missing.getParameterName(), "is required", headers, request);
    }

    private ResponseEntity<Object> invalidParameter(String name, String message, HttpHeaders headers, WebRequest request) {
        var problem = Problems.of(ProblemType.INVALID_PARAMETER, "Parameter " + name + " " + message, null);
        problem.setProperty("errors", List.of(new FieldProblem(name, message)));
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String wrongValue(DatabindException databind) {
        if (databind instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (databind instanceof tools.jackson.databind.exc.InvalidFormatException format
                && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants());
        }
        return "has a value of the wrong type or format";
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return problem(ProblemType.INTERNAL_ERROR,
                "The request could not be completed; quote the correlation id to support", request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.completed(problem);
            HttpHeaders problemHeaders = new HttpHeaders(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, problemHeaders, status);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, HttpServletRequest request) {
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(type, detail, request.getRequestURI()));
    }
}
