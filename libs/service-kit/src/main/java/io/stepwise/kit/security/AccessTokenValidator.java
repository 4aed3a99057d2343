package io.stepwise.kit.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The checks every Stepwise access token passes: signature (by the decoder), issuer, expiry and audience; then any
 * rules of the service's own (e.g. referral-service refuses the tokens of a deactivated partner at once).
 */
public final class AccessTokenValidator {

    private AccessTokenValidator() {
    }

    /** Issuer, expiry and audience. */
    public static OAuth2TokenValidator<Jwt> of(StepwiseSecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()), audience);
    }

    /**
     * Issuer, expiry and audience, then the service's own rules. In: the properties and the service's rules (may be
     * empty). Out: a validator whose result holds every error of the first failing stage: a token that fails the
     * common checks never reaches the service's rules (which may cost a database read).
     */
    public static OAuth2TokenValidator<Jwt> of(StepwiseSecurityProperties properties,
            List<OAuth2TokenValidator<Jwt>> serviceRules) {
        OAuth2TokenValidator<Jwt> common = of(properties);
        if (serviceRules.isEmpty()) {
            return common;
        }
        OAuth2TokenValidator<Jwt> service = new DelegatingOAuth2TokenValidator<>(List.copyOf(serviceRules));
        return token -> {
            OAuth2TokenValidatorResult result = common.validate(token);
            return result.hasErrors() ? result : service.validate(token);
        };
    }
}
