package io.stepwise.referral;

import static io.stepwise.kit.security.RealmRoles.CLINIC_ADMIN;
import static io.stepwise.kit.security.RealmRoles.REFERRAL_PARTNER;
import static io.stepwise.kit.security.RealmRoles.CARE_COORDINATOR;
import static io.stepwise.kit.security.RealmRoles.CLINICIAN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.stepwise.kit.security.EndpointRules;

/**
 * Partners use the partner API only; the care team (clinicians, care coordinators) follows referrals; clinic admins
 * onboard partners and read their webhook deliveries.
 */
@Configuration(proxyBeanMethods = false)
class ReferralEndpointRules {

    @Bean
    EndpointRules referralRules() {
        return requests -> requests
                .requestMatchers("/partner-api/**").hasRole(REFERRAL_PARTNER)
                .requestMatchers("/api/referrals", "/api/referrals/**").hasAnyRole(CLINICIAN, CARE_COORDINATOR)
                .requestMatchers("/api/partners", "/api/partners/**").hasRole(CLINIC_ADMIN);
    }
}
