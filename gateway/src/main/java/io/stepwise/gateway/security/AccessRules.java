package io.stepwise.gateway.security;

import static io.stepwise.kit.security.RealmRoles.REFERRAL_PARTNER;
import static io.stepwise.kit.security.RealmRoles.STAFF;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * The gateway's coarse rules by path prefix; every service checks its finer rules again behind it.
 * Partners reach only the partner API; staff reach only the staff API and the portal.
 */
final class AccessRules {

    private AccessRules() {
    }

    static void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .pathMatchers("/partner-api/**").hasRole(REFERRAL_PARTNER)
                .pathMatchers("/api/me").authenticated()
                .pathMatchers("/api/**", "/v3/api-docs/**").hasAnyRole(STAFF)
                .anyExchange().hasAnyRole(STAFF);
    }
}
