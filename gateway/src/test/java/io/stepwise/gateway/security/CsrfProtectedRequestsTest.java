package io.stepwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** CSRF is checked on state-changing requests within a session, and on every state-changing page request. */
class CsrfProtectedRequestsTest {

    @ParameterizedTest(name = "{0} {1}, session started {2} → checked {3}")
    @CsvSource({
            "POST,   /api/catalog/treatments,   false, false",
            "POST,   /api/catalog/treatments,   true,  true",
            "PUT,    /api/plans/p1,             true,  true",
            "GET,    /api/catalog/treatments,   true,  false",
            "POST,   /partner-api/v1/referrals, false, false",
            "POST,   /logout,                   false, true",
            "POST,   /logout,                   true,  true",
            "GET,    /,                         false, false"})
    void checked(HttpMethod method, String path, boolean sessionStarted, boolean checked) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
        if (sessionStarted) {
            exchange.getSession().block().start();
        }
        assertThat(new CsrfProtectedRequests().matches(exchange).block().isMatch()).isEqualTo(checked);
    }
}
