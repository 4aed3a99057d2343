package io.stepwise.testkit.architecture.examples.cyclic.me;

import io.stepwise.testkit.architecture.examples.cyclic.web.CorrelationIdWebFilter;

/** Fine: depends on web, and nothing depends back on it. */
public final class MeController {

    public String me(String request) {
        return CorrelationIdWebFilter.of(request);
    }
}
