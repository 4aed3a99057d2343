package io.stepwise.catalog;

import static io.stepwise.kit.security.RealmRoles.CLINIC_ADMIN;
import static io.stepwise.kit.security.RealmRoles.STAFF;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.stepwise.kit.security.EndpointRules;

/** Clinic staff read the catalog and check combinations against it; only clinic admins change it. */
@Configuration(proxyBeanMethods = false)
class CatalogEndpointRules {

    @Bean
    EndpointRules catalogRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/catalog/**").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.POST, "/api/catalog/interaction-checks").hasAnyRole(STAFF)
                .requestMatchers("/api/catalog/**").hasRole(CLINIC_ADMIN);
    }
}
