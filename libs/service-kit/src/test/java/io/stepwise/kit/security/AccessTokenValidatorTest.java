package io.stepwise.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** The common checks first; a service's own token rules only for tokens that passed them. */
class AccessTokenValidatorTest {

    private static final String ISSUER = "http://localhost:8180/realms/stepwise";
    private static final StepwiseSecurityProperties PROPERTIES = new StepwiseSecurityProperties(ISSUER, URI.create(
            "http://localhost:8180/realms/stepwise/protocol/openid-connect/certs"), null);

    @ParameterizedTest(name = "issuer {0}, audience {1}, expired {2}, rule allows {3} → valid {4}, rule asked {5}")
    @CsvSource(textBlock = """
            http://localhost:8180/realms/stepwise, stepwise-api, false, true,  true,  1
            http://localhost:8180/realms/stepwise, stepwise-api, false, false, false, 1
            http://localhost:8180/realms/master,   stepwise-api, false, true,  false, 0
            http://localhost:8180/realms/stepwise, account,      false, true,  false, 0
            http://localhost:8180/realms/stepwise, stepwise-api, true,  true,  false, 0
            """)
    void serviceRulesRunAfterTheCommonChecksPass(String issuer, String audience, boolean expired, boolean ruleAllows,
            boolean valid, int ruleAsked) {
        var asked = new AtomicInteger();
        OAuth2TokenValidator<Jwt> rule = token -> {
            asked.incrementAndGet();
            return ruleAllows ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "refused by the service", null));
        };
        Instant now = Instant.now();
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").header("typ", "JWT").issuer(issuer)
                .audience(List.of(audience)).issuedAt(now.minusSeconds(600))
                .expiresAt(expired ? now.minusSeconds(300) : now.plusSeconds(300)).subject("s").build();

        var result = AccessTokenValidator.of(PROPERTIES, List.of(rule)).validate(token);

        assertThat(result.hasErrors()).isEqualTo(!valid);
        assertThat(asked).hasValue(ruleAsked);
    }

    @ParameterizedTest(name = "without service rules, issuer {0} → valid {1}")
    @CsvSource(textBlock = """
            http://localhost:8180/realms/stepwise, true
            http://localhost:8180/realms/master,   false
            """)
    void withoutServiceRulesOnlyTheCommonChecksApply(String issuer, boolean valid) {
        Instant now = Instant.now();
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").issuer(issuer).audience(List.of("stepwise-api"))
                .issuedAt(now.minusSeconds(10)).expiresAt(now.plusSeconds(300)).subject("s").build();

        assertThat(AccessTokenValidator.of(PROPERTIES, List.of()).validate(token).hasErrors()).isEqualTo(!valid);
    }
}
