package io.stepwise.referral.fhir;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import io.stepwise.referral.referral.domain.ReferralStatus;

/**
 * A Task search as the partner asked for it: {@code status} (a FHIR TaskStatus code, optionally with the task-status
 * system as {@code system|code}), {@code _count} (page size, 1–100, default 20) and {@code _offset} (the index of the
 * first match, default 0). Other parameters are ignored, as FHIR allows, and are left out of the Bundle's links, which
 * show the search actually run; a modifier on {@code status} ({@code status:not}) is refused, as FHIR requires.
 *
 * @param status null for every status
 */
record TaskSearch(ReferralStatus status, int count, long offset) {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    static final long MAX_OFFSET = 1_000_000_000L;
    static final String TASK_STATUS_SYSTEM = "http://hl7.org/fhir/task-status";
    /** Newest request first; the id breaks ties so that pages neither repeat nor skip a referral. */
    static final Sort ORDER = Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.asc("id"));

    /**
     * In: the query parameters as the servlet container parsed them. Out: the search.
     *
     * @throws InvalidSearchException naming the bad parameter and what it accepts
     */
    static TaskSearch parse(Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            if (name.startsWith("status:")) {
                throw new InvalidSearchException("Parameter " + name + ": modifiers on status are not supported");
            }
        }
        String status = single(parameters, "status");
        String count = single(parameters, "_count");
        String offset = single(parameters, "_offset");
        return new TaskSearch(status == null ? null : status(status),
                count == null ? DEFAULT_COUNT : (int) number("_count", count, 1, MAX_COUNT),
                offset == null ? 0 : number("_offset", offset, 0, MAX_OFFSET));
    }

    /** The query of the page starting at {@code from}, for the Bundle's links: {@code status=…&_count=…&_offset=…}. */
    String query(long from) {
        return (status == null ? "" : "status=" + status.fhirCode() + "&") + "_count=" + count + "&_offset=" + from;
    }

    Pageable pageable() {
        return new OffsetPage(offset, count, ORDER);
    }

    private static ReferralStatus status(String token) {
        String code = token;
        int bar = token.indexOf('|');
        if (bar >= 0) {
            String system = token.substring(0, bar);
            if (!system.isEmpty() && !system.equals(TASK_STATUS_SYSTEM)) {
                throw new InvalidSearchException("Parameter status: the code system must be " + TASK_STATUS_SYSTEM
                        + " (or none)");
            }
            code = token.substring(bar + 1);
        }
        for (ReferralStatus candidate : ReferralStatus.values()) {
            if (candidate.fhirCode().equals(code)) {
                return candidate;
            }
        }
        throw new InvalidSearchException("Parameter status must be one TaskStatus code of " + codes() + "; got "
                + shortened(token));
    }

    private static long number(String name, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number out of range
        }
        throw new InvalidSearchException("Parameter " + name + " must be a whole number from " + min + " to " + max
                + "; got " + shortened(value));
    }

    /** The parameter's one value; null when absent or empty (FHIR ignores an empty parameter). */
    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null) {
            return null;
        }
        var given = Arrays.stream(values).filter(value -> !value.isBlank()).toList();
        if (given.size() > 1) {
            throw new InvalidSearchException("Parameter " + name + " is given more than once");
        }
        return given.isEmpty() ? null : given.getFirst().strip();
    }

    private static String codes() {
        return Arrays.stream(ReferralStatus.values()).map(ReferralStatus::fhirCode).collect(Collectors.joining(", "));
    }

    private static String shortened(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
