package io.stepwise.testkit.architecture.examples.cyclic.web;

import io.stepwise.testkit.architecture.examples.cyclic.security.ProblemResponses;

/** Bad, with the security package: web writes its errors with security's problem responses. */
public final class ProblemErrorHandler {

    public String handle(String request, RuntimeException e) {
        return ProblemResponses.problem(request, e.getMessage());
    }
}
