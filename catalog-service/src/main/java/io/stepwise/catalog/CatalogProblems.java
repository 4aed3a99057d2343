package io.stepwise.catalog;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.stepwise.catalog.interaction.InvalidRuleException;
import io.stepwise.catalog.interaction.UnknownRuleException;
import io.stepwise.catalog.interaction.domain.RuleRefusedException;
import io.stepwise.catalog.treatment.DuplicateTreatmentException;
import io.stepwise.catalog.treatment.UnknownTreatmentException;
import io.stepwise.catalog.treatment.domain.IllegalTransitionException;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.problem.Problems;

/** The catalog's refusals as problem details (ahead of the kit's catch-all). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    @ExceptionHandler({UnknownTreatmentException.class, UnknownRuleException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(ProblemType.NOT_FOUND, e);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        return problem(ProblemType.ILLEGAL_TRANSITION, e);
    }

    @ExceptionHandler(DuplicateTreatmentException.class)
    ProblemDetail duplicate(DuplicateTreatmentException e) {
        return problem(ProblemType.DUPLICATE, e);
    }

    @ExceptionHandler(RuleRefusedException.class)
    ProblemDetail ruleRefused(RuleRefusedException e) {
        return problem(e.reason() == RuleRefusedException.Reason.DUPLICATE ? ProblemType.DUPLICATE
                : ProblemType.UNPROCESSABLE, e);
    }

    @ExceptionHandler(InvalidRuleException.class)
    ProblemDetail invalidRule(InvalidRuleException e) {
        return problem(ProblemType.UNPROCESSABLE, e);
    }

    private static ProblemDetail problem(ProblemType type, RuntimeException e) {
        return Problems.of(type, e.getMessage(), null);
    }
}
