package io.stepwise.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;

/** The type URIs are a contract partners branch on (docs/problem-types.md): they may grow, never change. */
class ProblemTypeTest {

    @Test
    void theTypeUrisAreTheDocumentedOnes() {
        Map<String, Integer> kinds = Arrays.stream(ProblemType.values())
                .collect(Collectors.toMap(type -> type.uri().toString(), type -> type.status().value()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("urn:stepwise:problem:bad-request", 400),
                Map.entry("urn:stepwise:problem:invalid-body", 400),
                Map.entry("urn:stepwise:problem:unreadable-body", 400),
                Map.entry("urn:stepwise:problem:invalid-parameter", 400),
                Map.entry("urn:stepwise:problem:request-rejected", 400),
                Map.entry("urn:stepwise:problem:unauthenticated", 401),
                Map.entry("urn:stepwise:problem:forbidden", 403),
                Map.entry("urn:stepwise:problem:csrf-rejected", 403),
                Map.entry("urn:stepwise:problem:not-found", 404),
                Map.entry("urn:stepwise:problem:method-not-allowed", 405),
                Map.entry("urn:stepwise:problem:not-acceptable", 406),
                Map.entry("urn:stepwise:problem:illegal-transition", 409),
                Map.entry("urn:stepwise:problem:duplicate", 409),
                Map.entry("urn:stepwise:problem:concurrent-change", 409),
                Map.entry("urn:stepwise:problem:precondition-failed", 412),
                Map.entry("urn:stepwise:problem:payload-too-large", 413),
                Map.entry("urn:stepwise:problem:uri-too-long", 414),
                Map.entry("urn:stepwise:problem:unsupported-media-type", 415),
                Map.entry("urn:stepwise:problem:headers-too-large", 431),
                Map.entry("urn:stepwise:problem:unprocessable", 422),
                Map.entry("urn:stepwise:problem:safety-block", 422),
                Map.entry("urn:stepwise:problem:precondition-required", 428),
                Map.entry("urn:stepwise:problem:internal-error", 500),
                Map.entry("urn:stepwise:problem:service-unavailable", 503),
                Map.entry("urn:stepwise:problem:gateway-timeout", 504)));
    }

    @ParameterizedTest
    @CsvSource({"400, BAD_REQUEST", "401, UNAUTHENTICATED", "403, FORBIDDEN", "404, NOT_FOUND",
            "405, METHOD_NOT_ALLOWED", "406, NOT_ACCEPTABLE", "408, BAD_REQUEST", "409, CONCURRENT_CHANGE",
            "412, PRECONDITION_FAILED", "413, PAYLOAD_TOO_LARGE", "415, UNSUPPORTED_MEDIA_TYPE", "422, UNPROCESSABLE",
            "428, PRECONDITION_REQUIRED", "429, BAD_REQUEST", "431, HEADERS_TOO_LARGE", "414, URI_TOO_LONG", "500, INTERNAL_ERROR",
            "502, SERVICE_UNAVAILABLE", "503, SERVICE_UNAVAILABLE", "504, GATEWAY_TIMEOUT", "507, INTERNAL_ERROR"})
    void aStatusAloneGetsTheGeneralKindForIt(int status, ProblemType expected) {
        assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(status))).isEqualTo(expected);
    }
}
