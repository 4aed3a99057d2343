package io.stepwise.kit.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The id that ties one request's log lines together across gateway and services. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** Keeps a caller's id when it is safe to log and echo; otherwise makes a new one. */
    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
