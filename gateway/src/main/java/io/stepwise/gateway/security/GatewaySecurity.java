package io.stepwise.gateway.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;

import io.stepwise.gateway.body.RequestBodyGuard;
import io.stepwise.gateway.body.RequestBodyLimits;
import io.stepwise.gateway.problem.ProblemResponses;
import io.stepwise.kit.security.AccessTokenValidator;
import io.stepwise.gateway.audit.GatewayDenials;
import io.stepwise.kit.security.RealmRoles;
import io.stepwise.kit.security.StepwiseSecurityProperties;
import reactor.core.publisher.Mono;

/**
 * Two ways in. API clients (partners, scripts) send a bearer token: validated here, passed on untouched, no session.
 * Browsers log in through Keycloak: the gateway keeps the tokens in its session, protects it with a CSRF cookie, and
 * relays the access token to the services; the browser never holds a token.
 * <p>
 * Every refusal is problem+json: the firewall's, the CSRF check's, the entry points' and the access-denied handlers'.
 * Request bodies are checked (type on the API, size everywhere) before anything in the chain reads them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(StepwiseSecurityProperties.class)
class GatewaySecurity {

    /** Picked up by Spring Security's WebFilterChainProxy for the firewall's refusals. */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejected(ProblemResponses problems) {
        return new ProblemExchangeRejected(problems);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(StepwiseSecurityProperties security) {
        var decoder = NimbusReactiveJwtDecoder.withJwkSetUri(security.jwkSetUri().toString()).build();
        decoder.setJwtValidator(AccessTokenValidator.of(security));
        return decoder;
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(StepwiseSecurityProperties security,
            PortalClientProperties portalClient) {
        return new InMemoryReactiveClientRegistrationRepository(KeycloakClientRegistration.of(security, portalClient));
    }

    @Bean
    GrantedAuthoritiesMapper idTokenRoles() {
        return new IdTokenRoles();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain bearerClients(ServerHttpSecurity http, ReactiveJwtDecoder decoder, ProblemResponses problems,
            RequestBodyLimits bodyLimits, GatewayDenials denials) {
        var problemEntryPoint = new ProblemEntryPoint(problems, denials);
        var problemDenied = ProblemAccessDenied.forRoles(problems, denials);
        return http.securityMatcher(GatewaySecurity::hasBearerToken)
                .addFilterBefore(new RequestBodyGuard(bodyLimits, problems), SecurityWebFiltersOrder.CSRF)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(AccessRules::apply)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(RealmRoles.authenticationConverter())))
                        .authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(problemDenied))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problemEntryPoint).accessDeniedHandler(problemDenied))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browsers(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ProblemResponses problems, RequestBodyLimits bodyLimits, GatewayDenials denials,
            StepwiseSecurityProperties security, WebProperties web, ResourceLoader resources) {
        var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        String contentSecurityPolicy = PortalContentSecurityPolicy.of(resources,
                List.of(web.getResources().getStaticLocations()), URI.create(security.issuer()));
        return http
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy)))
                .addFilterBefore(new RequestBodyGuard(bodyLimits, problems), SecurityWebFiltersOrder.CSRF)
                .csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .requireCsrfProtectionMatcher(new CsrfProtectedRequests())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(ProblemAccessDenied.forCsrf(problems, denials)))
                .authorizeExchange(AccessRules::apply)
                .oauth2Login(login -> { })
                .logout(logout -> logout.logoutHandler(new DelegatingServerLogoutHandler(
                        new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(logoutSuccess))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new BrowserEntryPoint(new ProblemEntryPoint(problems, denials),
                                new RedirectServerAuthenticationEntryPoint(
                                        "/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION_ID)))
                        .accessDeniedHandler(ProblemAccessDenied.forRoles(problems, denials)))
                .build();
    }

    private static Mono<MatchResult> hasBearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? MatchResult.match() : MatchResult.notMatch();
    }
}
