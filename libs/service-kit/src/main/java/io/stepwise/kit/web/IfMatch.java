package io.stepwise.kit.web;

import java.util.ArrayList;
import java.util.List;

import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;

/**
 * The one precondition policy of every state-changing call (RFC 9110 §13.1.1): the caller sends {@code If-Match} with
 * the ETag it last saw, or {@code *} for "whatever is current". Comparison is strong: a weak tag ({@code W/"7"}) never
 * matches. No header is 428 (a stale editor must not silently overwrite someone's change); no match is 412.
 */
public final class IfMatch {

    /** For the service's own callers (a seed, a consumer) that change whatever is current. */
    public static final IfMatch ANY = new IfMatch(true, List.of());

    private final boolean any;
    private final List<String> strongTags;

    private IfMatch(boolean any, List<String> strongTags) {
        this.any = any;
        this.strongTags = List.copyOf(strongTags);
    }

    /**
     * @param header the If-Match header as sent, may be null
     * @throws ProblemException 428 when the header is missing or blank
     */
    public static IfMatch required(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the representation you are changing (or * for any)");
        }
        String value = header.strip();
        if (value.equals("*")) {
            return ANY;
        }
        var tags = new ArrayList<String>();
        for (String member : value.split(",")) {
            String tag = member.strip();
            if (tag.equals("*")) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "If-Match is either * alone or a list of entity tags, not both");
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tags.add(tag.substring(1, tag.length() - 1));
            }
            // A weak or malformed tag is kept out: under strong comparison it can match nothing.
        }
        return new IfMatch(false, tags);
    }

    /**
     * A create has no current representation to match: any If-Match on it fails (RFC 9110: {@code *} needs a current
     * representation, and no tag can match one that does not exist).
     *
     * @throws ProblemException 412 when the header is present
     */
    public static void refuseOnCreate(String header) {
        if (header != null && !header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "If-Match cannot hold on a create: there is no current representation yet; send none");
        }
    }

    /**
     * Checks the precondition against the current representation.
     *
     * @param what            the resource in words, for the error, e.g. "Treatment tens"
     * @param currentRevision the current revision (its ETag is {@code "<revision>"})
     * @throws ProblemException 412 when no sent tag is the current one
     */
    public void check(String what, long currentRevision) {
        if (!any && !strongTags.contains(Long.toString(currentRevision))) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, what + " is at ETag " + ETags.of(currentRevision)
                    + ", not the one sent in If-Match; reload it and apply your change again");
        }
    }
}
