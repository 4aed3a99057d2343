package io.stepwise.kit.audit;

/** What a request did, or tried to do, with patient data. */
public enum AuditAction {
    /** One resource was read. */
    READ,
    /** A list or search was answered (which resources were in it is not recorded, the query is). */
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    /**
     * Patient data was shown to someone outside the clinic (a referral partner): one record per patient disclosed, in
     * addition to the request's own record.
     */
    DISCLOSE;

    /** The action a request attempts when its handler is unknown (the path matched none): by HTTP method. */
    static AuditAction ofMethod(String method) {
        return switch (method) {
            case "POST" -> CREATE;
            case "PUT", "PATCH" -> UPDATE;
            case "DELETE" -> DELETE;
            default -> READ;
        };
    }
}
