package io.stepwise.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The challenge a service's 401 carries: what RFC 6750 asks, and nothing about where the service runs. */
class BearerChallengeTest {

    @Test
    void aRefusedTokenIsNamedInvalidWithItsReason() {
        String challenge = ProblemAuthenticationEntryPoint.challenge(
                new InvalidBearerTokenException("The partner this token was issued for is not active"));
        assertThat(challenge).isEqualTo("Bearer error=\"invalid_token\", "
                + "error_description=\"The partner this token was issued for is not active\"");
        assertThat(challenge).doesNotContain("resource_metadata");
    }

    @Test
    void noTokenGetsTheBareChallenge() {
        assertThat(ProblemAuthenticationEntryPoint.challenge(new InsufficientAuthenticationException("none")))
                .isEqualTo("Bearer");
    }
}
