package io.stepwise.kit.web;

/** A Stepwise ETag is the aggregate's revision as a strong entity tag: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    /** @param revision the aggregate's optimistic-lock revision (0 or more) */
    public static String of(long revision) {
        return "\"" + revision + "\"";
    }
}
