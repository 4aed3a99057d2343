package io.stepwise.referral.partner;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * A partner's tokens stop working the moment it is deactivated, not when they expire: every token that carries a
 * {@code partner_id} must name a partner that exists and is active, or the request is refused with 401. Tokens
 * without the claim (clinic staff) pass. The kit's JWT decoder applies this after signature, issuer, expiry and
 * audience, on every request.
 */
@Component
class ActivePartnerTokens implements OAuth2TokenValidator<Jwt> {

    static final String CLAIM = "partner_id";

    private final PartnerDirectory directory;

    ActivePartnerTokens(PartnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (!token.hasClaim(CLAIM)) {
            return OAuth2TokenValidatorResult.success();
        }
        String partnerId = token.getClaimAsString(CLAIM);
        if (partnerId != null && directory.isActive(partnerId)) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The partner this token was issued for is not active", null));
    }
}
