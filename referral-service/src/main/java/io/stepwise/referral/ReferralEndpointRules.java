package io.stepwise.referral;

import static io.stepwise.kit.security.RealmRoles.CLINIC_ADMIN;
import static io.stepwise.kit.security.RealmRoles.REFERRAL_PARTNER;
import static io.stepwise.kit.security.RealmRoles.STAFF;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.stepwise.kit.security.EndpointRules;

/** Partners use the partner API only; staff follow referrals; admins onboard partners. */
@Configuration(proxyBeanMethods = false)
class ReferralEndpointRules {

    @Bean
    EndpointRules referralRules() {
        return requests -> requests
                .requestMatchers("/partner-api/**").hasRole(REFERRAL_PARTNER)
                .requestMatchers("/api/referrals/**").hasAnyRole(STAFF)
                .requestMatchers("/api/partners/**").hasRole(CLINIC_ADMIN);
    }
}
