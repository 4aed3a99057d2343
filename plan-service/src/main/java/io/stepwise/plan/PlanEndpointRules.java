package io.stepwise.plan;

import static io.stepwise.kit.security.RealmRoles.CARE_COORDINATOR;
import static io.stepwise.kit.security.RealmRoles.CLINICIAN;
import static io.stepwise.kit.security.RealmRoles.CLINIC_ADMIN;
import static io.stepwise.kit.security.RealmRoles.STAFF;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import io.stepwise.kit.security.EndpointRules;

/**
 * Who may call what in plan-service. The care team (clinicians and care coordinators) works with patients and plans;
 * clinic admins find patients, and read templates and the catalog replica, but write only templates. Finer rules
 * (only clinicians prescribe, activate, override…) are the plan's own and answer 403 too.
 */
@Configuration(proxyBeanMethods = false)
class PlanEndpointRules {

    @Bean
    EndpointRules planRules() {
        return requests -> requests
                .requestMatchers("/api/patients/*/access-log").hasAnyRole(CLINICIAN, CLINIC_ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/plan-templates", "/api/plan-templates/**").hasAnyRole(STAFF)
                .requestMatchers("/api/plan-templates", "/api/plan-templates/**").hasRole(CLINIC_ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/plans/catalog/**").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.GET, "/api/patients", "/api/patients/*").hasAnyRole(STAFF)
                .requestMatchers("/api/plans", "/api/plans/**", "/api/patients", "/api/patients/**")
                .hasAnyRole(CLINICIAN, CARE_COORDINATOR);
    }
}
