package io.stepwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.RecordingUpstream;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/**
 * The gateway on a random port with every route pointed at one {@link RecordingUpstream}. Subclasses share one Spring
 * context (same configuration), so the gateway starts once for all of them.
 */
@ServiceTest(database = "unused", kafka = true)
@Import(TestSessions.class)
abstract class GatewayTestBase {

    /** Short, so that a test of a slow service does not take long; every other upstream answer is immediate. */
    static final int RESPONSE_TIMEOUT_SECONDS = 2;

    static final TestIdentityProvider idp = TestIdentityProvider.shared();
    static final RecordingUpstream upstream = new RecordingUpstream();

    @DynamicPropertySource
    static void routesToTheRecorder(DynamicPropertyRegistry registry) {
        registry.add("stepwise.portal-client.client-secret", () -> "test-secret");
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout",
                () -> RESPONSE_TIMEOUT_SECONDS + "s");
        for (String service : new String[] {"catalog", "plan", "referral"}) {
            registry.add("stepwise.services." + service, upstream::url);
        }
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void forget() {
        upstream.clear();
    }

    static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    /** A complete problem document of the gateway: the stable type for its kind, and the request's correlation id. */
    static void assertProblem(ApiResponse response, int status, String kind) {
        assertProblem(response, status);
        var problem = response.json();
        assertThat(problem.get("type").asString()).as(response.toString()).isEqualTo("urn:stepwise:problem:" + kind);
        for (String member : new String[] {"title", "detail", "instance", "correlationId"}) {
            assertThat(problem.hasNonNull(member)).as(member + " in " + response).isTrue();
            assertThat(problem.get(member).asString()).as(member + " in " + response).isNotBlank();
        }
        assertThat(problem.get("correlationId").asString()).isEqualTo(response.header("X-Correlation-Id"));
    }
}
