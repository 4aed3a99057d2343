package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import tools.jackson.databind.JsonNode;

/**
 * A clinic admin onboards partners through the gateway, with the real Keycloak behind referral-service: a partner
 * with a secret gets a client-credentials token and reads its referrals, a rotated secret works and the old one does
 * not, and once deactivated its still-unexpired token is refused at once; a partner with a JWKS (served here, on
 * loopback http as the local platform allows) gets a token with a JWT assertion signed in this test. The requests and
 * answers are written to {@code target/partner-onboarding.md}.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class PartnerOnboardingIT {

    private static final Path TRANSCRIPT = Path.of("target/partner-onboarding.md");
    private static final String REALM_ISSUER = RunningPlatform.KEYCLOAK + "/realms/stepwise";
    private static final String REFERRALS = "/partner-api/v1/referrals";

    private static StaffSessions staff;
    private static StaffApi admin;
    private static HttpServer partnerSide;
    private static RSAKey partnerKey;

    private final Api gateway = Api.at(RunningPlatform.GATEWAY);

    @BeforeAll
    static void start(com.microsoft.playwright.Browser browser) throws IOException, JOSEException {
        Files.deleteIfExists(TRANSCRIPT);
        partnerKey = new RSAKeyGenerator(2048).keyID("partner-key-1").generate();
        partnerSide = partnerSide(new JWKSet(partnerKey.toPublicJWK()).toString());
        staff = new StaffSessions(browser, TRANSCRIPT);
        admin = staff.loggedIn("clinic-admin", "clinic-admin");
    }

    @AfterAll
    static void close() {
        if (staff != null) {
            staff.close();
        }
        if (partnerSide != null) {
            partnerSide.stop(0);
        }
    }

    @Test
    void aPartnerWithASecretWorksRotatesAndIsCutOffAtOnceWhenDeactivated() {
        var onboarded = onboard("Lakeside Psychology", null);
        String id = onboarded.get("id").asString();
        String clientId = onboarded.get("clientId").asString();
        String secret = onboarded.get("clientSecret").asString();
        assertThat(onboarded.get("webhookSecret").asString()).startsWith("whsec_");
        var shown = admin.get("/api/partners/" + id);
        assertThat(shown.body()).doesNotContain(secret).doesNotContain("whsec_");

        String token = KeycloakTokens.partner(clientId, secret);
        assertOk(gateway.get(REFERRALS).bearer(token).send());

        var rotated = admin.post("/api/partners/" + id + "/rotate-secret", "", shown.etag());
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String newSecret = rotated.json().get("clientSecret").asString();
        assertThat(newSecret).isNotEqualTo(secret);
        assertThatThrownBy(() -> KeycloakTokens.partner(clientId, secret)).hasMessageContaining("401");
        assertOk(gateway.get(REFERRALS).bearer(KeycloakTokens.partner(clientId, newSecret)).send());

        var deactivated = admin.post("/api/partners/" + id + "/deactivate", "", rotated.etag());
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();

        var refused = gateway.get(REFERRALS).bearer(token).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThatThrownBy(() -> KeycloakTokens.partner(clientId, newSecret)).hasMessageContaining("401");
        assertOk(gateway.get(REFERRALS).bearer(KeycloakTokens.psychologyPartner()).send());
    }

    @Test
    void aPartnerWithAJwksGetsATokenWithAnAssertionSignedByItsOwnKey() throws JOSEException {
        String jwksUrl = "http://127.0.0.1:" + partnerSide.getAddress().getPort() + "/jwks.json";
        var onboarded = onboard("Harbour Psychiatry", jwksUrl);
        assertThat(onboarded.has("clientSecret")).isFalse();
        String clientId = onboarded.get("clientId").asString();

        String token = KeycloakTokens.partnerWithAssertion(assertion(clientId));
        assertOk(gateway.get(REFERRALS).bearer(token).send());

        var shown = admin.get("/api/partners/" + onboarded.get("id").asString());
        assertThat(shown.json().get("authentication").asString()).isEqualTo("SIGNED_JWT");
        assertThat(shown.json().get("jwksUrl").asString()).isEqualTo(jwksUrl);
        var noSecret = admin.post("/api/partners/" + onboarded.get("id").asString() + "/rotate-secret", "", "*");
        assertThat(noSecret.status()).as(noSecret.body()).isEqualTo(422);
        assertThatThrownBy(() -> KeycloakTokens.partnerWithAssertion(assertion("partner-someone-else")))
                .hasMessageContaining("Keycloak refused");
    }

    /** The client assertion of RFC 7523 as SMART Backend Services make it: iss = sub = client id, aud = the realm. */
    private static String assertion(String clientId) throws JOSEException {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(REALM_ISSUER)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(4)))).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(partnerKey.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(partnerKey));
        return jwt.serialize();
    }

    private JsonNode onboard(String name, String jwksUrl) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        String webhookUrl = "http://127.0.0.1:" + partnerSide.getAddress().getPort() + "/webhooks";
        var created = admin.post("/api/partners", """
                {"name":"%s","specialties":["DIETITIAN"],"webhookUrl":"%s"%s}""".formatted(unique, webhookUrl,
                jwksUrl == null ? "" : ",\"jwksUrl\":\"" + jwksUrl + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static void assertOk(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().has("content")).isTrue();
    }

    /** The partner's side on loopback: its JWKS, and a webhook receiver that takes whatever arrives. */
    private static HttpServer partnerSide(String jwks) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/webhooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
