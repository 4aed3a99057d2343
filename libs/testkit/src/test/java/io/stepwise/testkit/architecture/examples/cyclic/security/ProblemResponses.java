package io.stepwise.testkit.architecture.examples.cyclic.security;

import io.stepwise.testkit.architecture.examples.cyclic.web.CorrelationIdWebFilter;

/** Bad, with the web package: security asks web's filter for the correlation id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static String problem(String request, String detail) {
        return detail + " (" + CorrelationIdWebFilter.of(request) + ")";
    }
}
