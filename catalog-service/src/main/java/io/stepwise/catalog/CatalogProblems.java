package io.stepwise.catalog;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.stepwise.catalog.interaction.InvalidRuleException;
import io.stepwise.catalog.interaction.UnknownRuleException;
import io.stepwise.catalog.treatment.DuplicateTreatmentException;
import io.stepwise.catalog.treatment.IllegalTransitionException;
import io.stepwise.catalog.treatment.StaleRevisionException;
import io.stepwise.catalog.treatment.UnknownTreatmentException;
import io.stepwise.kit.problem.Problems;

/** The catalog's refusals as problem details (ahead of the kit's catch-all). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    @ExceptionHandler({UnknownTreatmentException.class, UnknownRuleException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler({IllegalTransitionException.class, DuplicateTreatmentException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(StaleRevisionException.class)
    ProblemDetail stale(StaleRevisionException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, e);
    }

    @ExceptionHandler(InvalidRuleException.class)
    ProblemDetail invalidRule(InvalidRuleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    private static ProblemDetail problem(HttpStatus status, RuntimeException e) {
        return Problems.of(status, e.getMessage(), null);
    }
}
