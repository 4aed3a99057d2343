package io.stepwise.kit.problem;

import java.util.List;

import org.springframework.web.ErrorResponseException;

/**
 * A refusal raised outside the domain (by a controller, the kit's paging and precondition checks) that becomes a
 * problem document of a known type, with the invalid fields or parameters named in {@code errors} when given.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
        super(type.status(), Problems.of(type, detail, null), null);
        if (!errors.isEmpty()) {
            getBody().setProperty("errors", errors);
        }
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
