package io.stepwise.referral.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.TestIdentityProvider;

/** Onboarding partners through the API, as a clinic admin, for the tests that need one. */
final class PartnerFixtures {

    static final TestIdentityProvider IDP = TestIdentityProvider.shared();
    static final String WEBHOOK = "https://hooks.lakeside.test/stepwise";
    static final String JWKS = "https://keys.lakeside.test/.well-known/jwks.json";

    private PartnerFixtures() {
    }

    /** A name no other test uses, e.g. "Lakeside Psychology 3f9a1c". */
    static String uniqueName(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    static String body(String name, String specialties, String webhookUrl, String jwksUrl) {
        return """
                {"name":"%s","specialties":%s,"webhookUrl":"%s"%s}""".formatted(name, specialties, webhookUrl,
                jwksUrl == null ? "" : ",\"jwksUrl\":\"" + jwksUrl + "\"");
    }

    /** Onboards a psychologist partner that authenticates with a secret; fails the test unless answered 201. */
    static ApiResponse onboardNamed(Api api, String name) {
        return onboard(api, body(name, "[\"PSYCHOLOGIST\"]", WEBHOOK, null));
    }

    /** Onboards the partner the JSON describes; fails the test unless answered 201. */
    static ApiResponse onboard(Api api, String json) {
        var created = api.post("/api/partners", json).bearer(IDP.clinicAdmin()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }
}
