package io.stepwise.plan;

import static io.stepwise.kit.security.RealmRoles.CLINICIAN;
import static io.stepwise.kit.security.RealmRoles.CLINIC_ADMIN;
import static io.stepwise.kit.security.RealmRoles.STAFF;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.stepwise.kit.security.EndpointRules;

/** Patients and plans are clinic staff's business only. */
@Configuration(proxyBeanMethods = false)
class PlanEndpointRules {

    @Bean
    EndpointRules planRules() {
        return requests -> requests
                .requestMatchers("/api/patients/*/access-log").hasAnyRole(CLINICIAN, CLINIC_ADMIN)
                .requestMatchers("/api/plans/**", "/api/patients/**").hasAnyRole(STAFF);
    }
}
