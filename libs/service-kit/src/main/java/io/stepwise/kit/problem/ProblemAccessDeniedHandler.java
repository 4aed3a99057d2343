package io.stepwise.kit.problem;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 403 as problem+json: the caller is known but its roles do not allow this endpoint. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
    private final ProblemWriter writer;

    public ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        challenge.handle(request, response, denied);
        writer.write(request, response, ProblemType.FORBIDDEN, "Your role does not allow this request");
    }
}
