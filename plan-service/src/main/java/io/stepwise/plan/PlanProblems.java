package io.stepwise.plan;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.problem.Problems;
import io.stepwise.plan.careplan.UnknownPlanException;
import io.stepwise.plan.careplan.UnpublishedTreatmentException;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.IllegalPlanTransitionException;
import io.stepwise.plan.careplan.domain.NotPermittedException;
import io.stepwise.plan.careplan.domain.PlanRuleException;
import io.stepwise.plan.careplan.domain.SafetyBlockException;
import io.stepwise.plan.careplan.domain.UnknownPlanPartException;
import io.stepwise.plan.outcome.domain.InvalidItemsException;
import io.stepwise.plan.patient.DuplicateMrnException;
import io.stepwise.plan.patient.UnknownPatientException;
import io.stepwise.plan.template.DuplicateTemplateException;
import io.stepwise.plan.template.InvalidTemplateException;
import io.stepwise.plan.template.UnknownTemplateException;

/** plan-service's refusals as problem details (ahead of the kit's catch-all). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

    @ExceptionHandler({UnknownPlanException.class, UnknownPatientException.class, UnknownPlanPartException.class,
            UnknownTemplateException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(ProblemType.NOT_FOUND, e);
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail forbidden(NotPermittedException e) {
        return problem(ProblemType.FORBIDDEN, e);
    }

    @ExceptionHandler(IllegalPlanTransitionException.class)
    ProblemDetail illegalTransition(IllegalPlanTransitionException e) {
        return problem(ProblemType.ILLEGAL_TRANSITION, e);
    }

    @ExceptionHandler({DuplicateMrnException.class, DuplicateTemplateException.class})
    ProblemDetail duplicate(RuntimeException e) {
        return problem(ProblemType.DUPLICATE, e);
    }

    @ExceptionHandler({PlanRuleException.class, UnpublishedTreatmentException.class, InvalidTemplateException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return problem(ProblemType.UNPROCESSABLE, e);
    }

    @ExceptionHandler(InvalidItemsException.class)
    ProblemDetail invalidItems(InvalidItemsException e) {
        ProblemDetail problem = problem(ProblemType.INVALID_BODY, e);
        problem.setProperty("errors", List.of(new FieldProblem("items", e.getMessage())));
        return problem;
    }

    /** 422 naming every blocking finding: its id (for an override), rule, activities and words. */
    @ExceptionHandler(SafetyBlockException.class)
    ProblemDetail safetyBlock(SafetyBlockException e) {
        List<Finding> blocking = e.blocking();
        ProblemDetail problem = Problems.of(ProblemType.SAFETY_BLOCK, e.getMessage(), null);
        problem.setProperty("rules", blocking.stream().map(f -> f.rule().name()).distinct().toList());
        problem.setProperty("activityIds", blocking.stream().flatMap(f -> f.activityIds().stream()).distinct().toList());
        problem.setProperty("findings", blocking.stream().map(BlockingFinding::of).toList());
        return problem;
    }

    record BlockingFinding(String id, String rule, List<String> activityIds, String message) {

        static BlockingFinding of(Finding finding) {
            return new BlockingFinding(finding.id(), finding.rule().name(), finding.activityIds(), finding.message());
        }
    }

    private static ProblemDetail problem(ProblemType type, RuntimeException e) {
        return Problems.of(type, e.getMessage(), null);
    }
}
