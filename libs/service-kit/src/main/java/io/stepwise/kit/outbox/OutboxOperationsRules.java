package io.stepwise.kit.outbox;

import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import io.stepwise.kit.security.EndpointRules;
import io.stepwise.kit.security.RealmRoles;

/** Only clinic admins reach the outbox operations; applied before the service's own rules for its path prefix. */
class OutboxOperationsRules implements EndpointRules, Ordered {

    private final String path;

    OutboxOperationsRules(String path) {
        this.path = path;
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(path + "/**").hasRole(RealmRoles.CLINIC_ADMIN);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
