package io.stepwise.referral;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.problem.Problems;
import io.stepwise.referral.egress.RefusedUrlException;
import io.stepwise.referral.partner.DuplicatePartnerException;
import io.stepwise.referral.partner.PartnerClientTakenException;
import io.stepwise.referral.partner.PartnerClientsUnavailableException;
import io.stepwise.referral.partner.RefusedPartnerUrlException;
import io.stepwise.referral.partner.UnknownPartnerException;
import io.stepwise.referral.partner.domain.PartnerRuleException;
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

    /** 409 naming the referral's status and, for a status change, the one the refused action leads to. */
    @ExceptionHandler(IllegalReferralTransitionException.class)
    ProblemDetail illegalTransition(IllegalReferralTransitionException e) {
        ProblemDetail problem = Problems.of(ProblemType.ILLEGAL_TRANSITION, e.getMessage(), null);
        problem.setProperty("currentStatus", e.current().name());
        if (e.requested() != null) {
            problem.setProperty("requestedStatus", e.requested().name());
        }
        return problem;
    }

    @ExceptionHandler(WrongSideException.class)
    ProblemDetail wrongSide(WrongSideException e) {
        return Problems.of(ProblemType.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler({ReferralRuleException.class, RefusedUrlException.class, PartnerRuleException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return Problems.of(ProblemType.UNPROCESSABLE, e.getMessage(), null);
    }

    /** 422 naming the field whose URL the platform will not call. */
    @ExceptionHandler(RefusedPartnerUrlException.class)
    ProblemDetail refusedUrl(RefusedPartnerUrlException e) {
        ProblemDetail problem = Problems.of(ProblemType.UNPROCESSABLE, e.getMessage(), null);
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.reason())));
        return problem;
    }

    @ExceptionHandler({DuplicatePartnerException.class, PartnerClientTakenException.class})
    ProblemDetail duplicate(RuntimeException e) {
        return Problems.of(ProblemType.DUPLICATE, e.getMessage(), null);
    }

    /** 503: the identity provider failed; the detail says what did or did not change. */
    @ExceptionHandler(PartnerClientsUnavailableException.class)
    ProblemDetail identityProviderUnavailable(PartnerClientsUnavailableException e) {
        return Problems.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }
}
