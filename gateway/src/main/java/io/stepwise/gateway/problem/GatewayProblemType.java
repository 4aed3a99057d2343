package io.stepwise.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/**
 * The kinds of problem the gateway answers with, each with a stable {@code type} URI
 * ({@code urn:stepwise:problem:<kind>}) that callers may switch on. The services use the same URIs.
 */
public enum GatewayProblemType {

    /** No credentials, or credentials that were not accepted. */
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    /** A known caller whose role does not reach this path. */
    FORBIDDEN("forbidden", 403, "Forbidden"),
    /** A session request that changes state without a valid CSRF token. */
    CSRF_REJECTED("csrf-rejected", 403, "CSRF token missing or invalid"),
    /** Refused by the gateway's firewall: a path or header that is not normalised or is suspicious. */
    REQUEST_REJECTED("request-rejected", 400, "Request rejected"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway timeout"),
    /** The service behind the path cannot be reached (502 or 503). */
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    /** Any other client error. */
    BAD_REQUEST("bad-request", 400, "Bad request");

    private static final String PREFIX = "urn:stepwise:problem:";

    private final String kind;
    private final int status;
    private final String title;
    private final URI type;

    GatewayProblemType(String kind, int status, String title) {
        this.kind = kind;
        this.status = status;
        this.title = title;
        this.type = URI.create(PREFIX + kind);
    }

    public String kind() {
        return kind;
    }

    /** The status this kind is normally answered with; {@link #of} may pair a kind with a neighbouring status. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return type;
    }

    /**
     * The kind for an error status when nothing more specific is known: a 403 is a role refusal, a 400 a generic bad
     * request (the firewall and the CSRF check name their kinds themselves).
     */
    public static GatewayProblemType of(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 504 -> GATEWAY_TIMEOUT;
            case 502, 503 -> SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }
}
