package io.stepwise.gateway.request;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.stepwise.gateway.problem.ProblemResponses;
import io.stepwise.kit.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * Refuses, in problem+json, request lines and headers the gateway will not pass on: a target over
 * {@link #MAX_TARGET_LENGTH} characters (414), header sections over {@link #MAX_HEADER_BYTES} (431) and paths whose
 * percent-encoding is not valid UTF-8 (400). Netty's own limits are set well above these, so that only absurd
 * requests still meet Netty's empty refusals; the services' limits are above these too, so nothing passed on is
 * refused by a service's container in HTML.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestHeadGuard implements WebFilter {

    /** Path and query, in characters. */
    static final int MAX_TARGET_LENGTH = 8 * 1024;
    /** Names, values and separators of all headers, in bytes (about the count Netty and Tomcat use). */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final ProblemResponses problems;

    public RequestHeadGuard(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var uri = exchange.getRequest().getURI();
        int targetLength = uri.getRawPath().length() + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (targetLength > MAX_TARGET_LENGTH) {
            return problems.write(exchange, ProblemType.URI_TOO_LONG,
                    "The path and query are longer than " + MAX_TARGET_LENGTH + " characters");
        }
        if (headerBytes(exchange.getRequest().getHeaders()) > MAX_HEADER_BYTES) {
            return problems.write(exchange, ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are larger than " + MAX_HEADER_BYTES + " bytes");
        }
        if (!decodesAsUtf8(uri.getRawPath())) {
            return problems.write(exchange, ProblemType.REQUEST_REJECTED,
                    "The path's percent-encoding is not valid UTF-8");
        }
        return chain.filter(exchange);
    }

    private static long headerBytes(HttpHeaders headers) {
        long bytes = 0;
        for (var name : headers.headerNames()) {
            for (String value : headers.getOrEmpty(name)) {
                bytes += name.length() + value.length() + 4;
            }
        }
        return bytes;
    }

    static boolean decodesAsUtf8(String rawPath) {
        var bytes = ByteBuffer.allocate(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && isHex(rawPath, i + 1) && isHex(rawPath, i + 2)) {
                bytes.put((byte) HexFormat.fromHexDigits(rawPath, i + 1, i + 3));
                i += 2;
            } else if (c == '%' || c > 0x7F) {
                return false;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
