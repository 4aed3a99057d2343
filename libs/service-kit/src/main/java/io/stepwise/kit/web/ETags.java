package io.stepwise.kit.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** ETags are the aggregate's revision in quotes; If-Match sends one back to say which revision a change applies to. */
public final class ETags {

    private ETags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** A missing If-Match on an update is 428: without it, a stale editor would silently overwrite someone's change. */
    public static long requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the revision you are changing");
        }
        return parse(ifMatch);
    }

    public static long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not an ETag this API issued");
        }
    }
}
