package io.stepwise.testkit;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

/** A token to mint: by default valid, for the stepwise-api audience, from the test issuer. Each method bends one part. */
public final class TokenSpec {

    private final TestIdentityProvider provider;
    private String issuer;
    private List<String> audience = List.of("stepwise-api");
    private List<String> roles = List.of();
    private String username;
    private String clientId = "stepwise-gateway";
    private String partnerId;
    private Duration expiresIn = Duration.ofMinutes(5);
    private RSAKey key;

    TokenSpec(TestIdentityProvider provider) {
        this.provider = provider;
        this.issuer = provider.issuer();
        this.key = provider.signingKey();
    }

    public TokenSpec user(String username) {
        this.username = username;
        return this;
    }

    public TokenSpec client(String clientId) {
        this.clientId = clientId;
        return this;
    }

    public TokenSpec roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TokenSpec partnerId(String partnerId) {
        this.partnerId = partnerId;
        return this;
    }

    public TokenSpec audience(String... audience) {
        this.audience = List.of(audience);
        return this;
    }

    public TokenSpec issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TokenSpec expiresIn(Duration expiresIn) {
        this.expiresIn = expiresIn;
        return this;
    }

    /** Signs with a key the services have never seen. */
    public TokenSpec signedByStranger() {
        this.key = TestIdentityProvider.newKey();
        return this;
    }

    public String sign() {
        var now = TestIdentityProvider.now();
        var claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(String.valueOf(username != null ? username : clientId).getBytes()).toString())
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(expiresIn)))
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", roles));
        if (username != null) {
            claims.claim("preferred_username", username);
        }
        if (partnerId != null) {
            claims.claim("partner_id", partnerId);
        }
        return provider.sign(claims.build(), key);
    }
}
