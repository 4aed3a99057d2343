package io.stepwise.kit.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import io.stepwise.kit.problem.ProblemAccessDeniedHandler;
import io.stepwise.kit.problem.ProblemAuthenticationEntryPoint;
import io.stepwise.kit.problem.ProblemWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a stateless JWT resource server: issuer, signature, expiry and the stepwise-api audience are checked
 * (then any token rules of the service's own), Keycloak realm roles become authorities, errors are problem+json, and
 * any endpoint without a rule is denied.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(StepwiseSecurityProperties.class)
public class ResourceServerSecurityAutoConfiguration {

    /**
     * Checks signature, issuer, expiry and audience, then every {@code OAuth2TokenValidator<Jwt>} bean the service
     * declares (in their order), so a service can refuse tokens for reasons only it knows; a failed check is 401.
     */
    @Bean
    JwtDecoder jwtDecoder(StepwiseSecurityProperties properties,
            ObjectProvider<OAuth2TokenValidator<Jwt>> serviceRules) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
        decoder.setJwtValidator(AccessTokenValidator.of(properties, serviceRules.orderedStream().toList()));
        return decoder;
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    SecurityFilterChain stepwiseResourceServer(HttpSecurity http, List<EndpointRules> endpointRules,
            ProblemWriter problemWriter) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problemWriter);
        var deniedHandler = new ProblemAccessDeniedHandler(problemWriter);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
                    // The on-call engineer's gauges (stepwise.outbox.pending, stepwise.outbox.failed …), on the
                    // service's own port: the gateway does not route /actuator.
                    requests.requestMatchers(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics/**")
                            .hasRole(RealmRoles.CLINIC_ADMIN);
                    endpointRules.forEach(rules -> rules.apply(requests));
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(RealmRoles.authenticationConverter()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler));
        return http.build();
    }
}
