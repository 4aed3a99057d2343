package io.stepwise.gateway.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
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
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

import org.springframework.web.server.ServerWebExchange;

import io.stepwise.kit.security.AccessTokenValidator;
import io.stepwise.kit.security.RealmRoles;
import io.stepwise.kit.security.StepwiseSecurityProperties;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two ways in. API clients (partners, scripts) send a bearer token: validated here, passed on untouched, no session.
 * Browsers log in through Keycloak: the gateway keeps the tokens in its session, protects it with a CSRF cookie, and
 * relays the access token to the services; the browser never holds a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(StepwiseSecurityProperties.class)
class GatewaySecurity {

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
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
    SecurityWebFilterChain bearerClients(ServerHttpSecurity http, ReactiveJwtDecoder decoder, ProblemResponses problems) {
        var problemEntryPoint = new ProblemEntryPoint(problems);
        var problemDenied = new ProblemAccessDenied(problems);
        return http.securityMatcher(GatewaySecurity::hasBearerToken)
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
            ProblemResponses problems) {
        var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        var csrfHandler = new ServerCsrfTokenRequestAttributeHandler();
        return http
                .csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler))
                .authorizeExchange(AccessRules::apply)
                .oauth2Login(login -> { })
                .logout(logout -> logout.logoutHandler(new DelegatingServerLogoutHandler(
                        new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(logoutSuccess))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new BrowserEntryPoint(new ProblemEntryPoint(problems),
                                new RedirectServerAuthenticationEntryPoint(
                                        "/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION_ID)))
                        .accessDeniedHandler(new ProblemAccessDenied(problems)))
                .build();
    }

    private static Mono<MatchResult> hasBearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? MatchResult.match() : MatchResult.notMatch();
    }

    static final ServerWebExchangeMatcher API_PATHS = exchange -> {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.startsWith("/api/") || path.startsWith("/partner-api/") || path.startsWith("/v3/api-docs")
                ? MatchResult.match() : MatchResult.notMatch();
    };
}
