package io.stepwise.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;

class GatewayProblemTypeTest {

    @Test
    void theTypeUrisAreTheAgreedOnes() {
        Map<String, Integer> kinds = Arrays.stream(GatewayProblemType.values())
                .collect(Collectors.toMap(type -> type.type().toString(), GatewayProblemType::status));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("urn:stepwise:problem:unauthenticated", 401),
                Map.entry("urn:stepwise:problem:forbidden", 403),
                Map.entry("urn:stepwise:problem:csrf-rejected", 403),
                Map.entry("urn:stepwise:problem:request-rejected", 400),
                Map.entry("urn:stepwise:problem:not-found", 404),
                Map.entry("urn:stepwise:problem:method-not-allowed", 405),
                Map.entry("urn:stepwise:problem:unsupported-media-type", 415),
                Map.entry("urn:stepwise:problem:payload-too-large", 413),
                Map.entry("urn:stepwise:problem:gateway-timeout", 504),
                Map.entry("urn:stepwise:problem:service-unavailable", 503),
                Map.entry("urn:stepwise:problem:internal-error", 500),
                Map.entry("urn:stepwise:problem:bad-request", 400)));
    }

    @Test
    void eachStatusHasAKind() {
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(401))).isEqualTo(GatewayProblemType.UNAUTHENTICATED);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(403))).isEqualTo(GatewayProblemType.FORBIDDEN);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(404))).isEqualTo(GatewayProblemType.NOT_FOUND);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(405))).isEqualTo(GatewayProblemType.METHOD_NOT_ALLOWED);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(413))).isEqualTo(GatewayProblemType.PAYLOAD_TOO_LARGE);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(415))).isEqualTo(GatewayProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(504))).isEqualTo(GatewayProblemType.GATEWAY_TIMEOUT);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(502))).isEqualTo(GatewayProblemType.SERVICE_UNAVAILABLE);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(503))).isEqualTo(GatewayProblemType.SERVICE_UNAVAILABLE);
        assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(500))).isEqualTo(GatewayProblemType.INTERNAL_ERROR);
        for (int other : new int[] {400, 408, 409, 422, 429, 431}) {
            assertThat(GatewayProblemType.of(HttpStatusCode.valueOf(other))).as("%d", other)
                    .isEqualTo(GatewayProblemType.BAD_REQUEST);
        }
    }
}
