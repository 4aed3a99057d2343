package io.stepwise.gateway;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebFilter;

import io.stepwise.kit.security.RealmRoles;

/**
 * Test only: a request with {@value #ROLES_HEADER} arrives with a logged-in browser session holding those realm roles,
 * as if its user had logged in through Keycloak, so that the browser chain (session, CSRF) can be tested without a
 * real login. Runs before Spring Security, which then finds the security context in the session as usual.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSessions {

    static final String ROLES_HEADER = "X-Test-Session-Roles";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    WebFilter testSessionLogin() {
        return (exchange, chain) -> {
            String roles = exchange.getRequest().getHeaders().getFirst(ROLES_HEADER);
            if (roles == null) {
                return chain.filter(exchange);
            }
            var user = UsernamePasswordAuthenticationToken.authenticated("session-user", null,
                    RealmRoles.authorities(List.of(roles.split(","))));
            return exchange.getSession()
                    .doOnNext(session -> session.getAttributes().put(
                            WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME,
                            new SecurityContextImpl(user)))
                    .then(chain.filter(exchange));
        };
    }
}
