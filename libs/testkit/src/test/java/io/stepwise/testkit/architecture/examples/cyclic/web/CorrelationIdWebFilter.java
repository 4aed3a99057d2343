package io.stepwise.testkit.architecture.examples.cyclic.web;

/** The web package's correlation id filter. */
public final class CorrelationIdWebFilter {

    private CorrelationIdWebFilter() {
    }

    public static String of(String request) {
        return request + "/correlation-id";
    }
}
