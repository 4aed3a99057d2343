package io.stepwise.kit.audit;

/** How a request on patient data ended, from its HTTP status. */
public enum AuditOutcome {
    /** 2xx and 3xx. */
    SUCCESS,
    /** 401: no valid token. */
    UNAUTHENTICATED,
    /** 403: the caller's role does not allow it. */
    FORBIDDEN,
    /** 404: no such resource, or one the caller may not know exists (partner isolation). */
    NOT_FOUND,
    /** Any other 4xx: the request was refused and changed nothing. */
    REJECTED,
    /** 5xx. */
    FAILED;

    static AuditOutcome ofStatus(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            default -> status >= 500 ? FAILED : REJECTED;
        };
    }
}
