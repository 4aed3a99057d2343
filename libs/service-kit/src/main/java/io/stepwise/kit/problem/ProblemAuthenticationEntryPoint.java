package io.stepwise.kit.problem;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 as problem+json with the RFC 6750 {@code WWW-Authenticate} challenge bearer clients read: {@code Bearer}, and
 * {@code error="invalid_token"} with the reason when a token was sent and refused. No {@code resource_metadata}: behind
 * the gateway this service's own address means nothing to a caller.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(failure));
        writer.write(request, response, ProblemType.UNAUTHENTICATED,
                "A valid bearer token for the stepwise-api audience is required");
    }

    static String challenge(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException refused
                && refused.getError() instanceof BearerTokenError error) {
            return "Bearer error=\"" + error.getErrorCode() + "\", error_description=\""
                    + quotable(error.getDescription()) + "\"";
        }
        return "Bearer";
    }

    /** RFC 6750 allows printable ASCII except {@code "} and {@code \\} in error_description. */
    private static String quotable(String description) {
        if (description == null || description.isBlank()) {
            return "The access token is invalid";
        }
        var safe = new StringBuilder();
        description.chars().limit(200)
                .forEach(c -> safe.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? (char) c : ' '));
        return safe.toString().strip();
    }
}
