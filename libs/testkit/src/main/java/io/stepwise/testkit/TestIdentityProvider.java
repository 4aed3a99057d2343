package io.stepwise.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak in service tests: it signs access tokens shaped like the stepwise realm's and publishes its
 * public key on the same JWKS path, over real HTTP, so services validate them exactly as they would in production.
 */
public final class TestIdentityProvider {

    private static final String REALM_PATH = "/realms/stepwise";
    private static TestIdentityProvider shared;

    private final RSAKey signingKey;
    private final HttpServer server;

    private TestIdentityProvider() {
        this.signingKey = newKey();
        this.server = startJwksServer(new JWKSet(signingKey.toPublicJWK()).toString());
    }

    /** One provider per test JVM, so that cached Spring contexts keep trusting the same key. */
    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = new TestIdentityProvider();
        }
        return shared;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    public TokenSpec token() {
        return new TokenSpec(this);
    }

    public String clinician() {
        return token().user("clinician").roles("clinician").sign();
    }

    public String coordinator() {
        return token().user("coordinator").roles("care-coordinator").sign();
    }

    public String clinicAdmin() {
        return token().user("clinic-admin").roles("clinic-admin").sign();
    }

    public String partner(String partnerId) {
        return token().client("partner-" + partnerId).partnerId(partnerId).roles("referral-partner").sign();
    }

    String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAKey signingKey() {
        return signingKey;
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant now() {
        return Instant.now();
    }

    private static HttpServer startJwksServer(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
