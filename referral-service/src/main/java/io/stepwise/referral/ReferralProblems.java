package io.stepwise.referral;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.problem.Problems;
import io.stepwise.referral.egress.RefusedUrlException;
import io.stepwise.referral.partner.UnknownPartnerException;
import io.stepwise.referral.referral.UnknownReferralException;
import io.stepwise.referral.referral.domain.IllegalReferralTransitionException;
import io.stepwise.referral.referral.domain.ReferralRuleException;
import io.stepwise.referral.referral.domain.WrongSideException;

/** referral-service's refusals as problem details (ahead of the kit's catch-all; the FHIR view has its own). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ReferralProblems {

    @ExceptionHandler({UnknownReferralException.class, UnknownPartnerException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(ProblemType.NOT_FOUND, e.getMessage(), null);
    }

    /** 409 naming the referral's status and the one the refused action leads to. */
    @ExceptionHandler(IllegalReferralTransitionException.class)
    ProblemDetail illegalTransition(IllegalReferralTransitionException e) {
        ProblemDetail problem = Problems.of(ProblemType.ILLEGAL_TRANSITION, e.getMessage(), null);
        problem.setProperty("currentStatus", e.current().name());
        problem.setProperty("requestedStatus", e.requested().name());
        return problem;
    }

    @ExceptionHandler(WrongSideException.class)
    ProblemDetail wrongSide(WrongSideException e) {
        return Problems.of(ProblemType.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler({ReferralRuleException.class, RefusedUrlException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return Problems.of(ProblemType.UNPROCESSABLE, e.getMessage(), null);
    }
}
