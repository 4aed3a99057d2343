package io.stepwise.kit.web;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Takes the request's correlation id (or makes one), puts it in the log context and returns it in the response. */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error dispatch keeps the id of the request that failed.
        String correlationId = request.getAttribute(ATTRIBUTE) instanceof String known ? known
                : CorrelationId.acceptOrCreate(request.getHeader(CorrelationId.HEADER));
        request.setAttribute(ATTRIBUTE, correlationId);
        response.setHeader(CorrelationId.HEADER, correlationId);
        MDC.put(CorrelationId.MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
