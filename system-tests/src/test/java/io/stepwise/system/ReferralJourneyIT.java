package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpServer;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import tools.jackson.databind.JsonNode;

/**
 * The referral issue's scenario through the gateway, with real Keycloak sessions and client-credentials tokens, Kafka
 * and the services: a clinician requests a psychologist referral from a plan; the demo psychology partner finds it
 * with its token (its webhook receiver got a signed call, verified here independently), receives, accepts,
 * schedules, starts and completes it with a report; the plan shows the report
 * and counts the referral as fulfilled; the demo second-opinion partner sees none of it. The staff requests and
 * answers are written to {@code target/referral-scenario.md}.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class ReferralJourneyIT {

    private static final Path TRANSCRIPT = Path.of("target/referral-scenario.md");
    private static final String REFERRALS = "/partner-api/v1/referrals";
    private static StaffSessions staff;

    private static HttpServer receiver;
    private static final List<Delivered> delivered = new CopyOnWriteArrayList<>();

    /** One webhook call as the partner's receiver got it. */
    private record Delivered(String id, String timestamp, String signature, String body, Instant at) {
    }

    @BeforeAll
    static void start(com.microsoft.playwright.Browser browser) throws IOException {
        Files.deleteIfExists(TRANSCRIPT);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/stepwise-hooks", exchange -> {
            try (exchange) {
                var headers = exchange.getRequestHeaders();
                delivered.add(new Delivered(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now()));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        staff = new StaffSessions(browser, TRANSCRIPT);
    }

    @AfterAll
    static void close() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (staff != null) {
            staff.close();
        }
    }

    private static StaffApi loggedIn(String user, String role) {
        return staff.loggedIn(user, role);
    }

    @Test
    void aPsychologyReferralFromPlanToReportAndBack() {
        var coordinator = loggedIn("coordinator", "care-coordinator");
        var clinician = loggedIn("clinician", "clinician");
        var admin = loggedIn("clinic-admin", "clinic-admin");
        String webhookSecret = receiveWebhooks(admin, "psychology-demo");

        String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 6);
        var patient = coordinator.post("/api/patients", """
                {"mrn":"%s","givenName":"Maria","familyName":"Santos","birthDate":"1968-05-14"}""".formatted(mrn));
        assertThat(patient.status()).as(patient.body()).isEqualTo(201);
        String patientId = patient.json().get("id").asString();
        var draft = coordinator.post("/api/plans", """
                {"patientId":"%s","title":"Chronic low back pain","treatingPhysician":"clinician"}""".formatted(patientId));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String plan = "/api/plans/" + draft.json().get("id").asString();

        var requested = clinician.post(plan + "/referrals", """
                {"specialty":"PSYCHOLOGIST","reason":"Coping skills for pain-related anxiety","priority":"ROUTINE"}""",
                draft.etag());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String referralId = requested.json().get("id").asString();

        String psychology = KeycloakTokens.psychologyPartner();
        await().atMost(Duration.ofSeconds(60)).until(() -> partner(psychology).get(REFERRALS + "/" + referralId)
                .send().status() == 200);
        var found = partner(psychology).get(REFERRALS + "?status=REQUESTED&size=100").send();
        assertThat(found.json().at("/content").valueStream().map(r -> r.at("/id").asString())).contains(referralId);
        var read = partner(psychology).get(REFERRALS + "/" + referralId).send();
        assertThat(read.json().at("/patient/familyName").asString()).isEqualTo("Santos");
        assertThat(read.json().at("/reason").asString()).isEqualTo("Coping skills for pain-related anxiety");
        assertThat(read.body()).doesNotContain(patientId).doesNotContain(mrn);

        var assigned = await().atMost(Duration.ofSeconds(60)).until(() -> delivered.stream()
                .filter(call -> call.body().contains(referralId)).findFirst(), java.util.Optional::isPresent).get();
        assertThat(assigned.body()).contains("\"type\":\"referral.assigned\"").doesNotContain("Santos");
        assertThat(verifies(webhookSecret, assigned)).as("the signature, checked independently").isTrue();
        assertThat(Math.abs(Long.parseLong(assigned.timestamp()) - assigned.at().getEpochSecond())).isLessThan(300);

        String path = REFERRALS + "/" + referralId;
        assertThat(act(psychology, "POST", path + "/receive", "").json().at("/status").asString())
                .isEqualTo("RECEIVED");
        assertThat(act(psychology, "POST", path + "/accept", "").json().at("/status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(act(psychology, "POST", path + "/accept", "").json().at("/status").asString())
                .as("a retried accept").isEqualTo("ACCEPTED");
        String start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(act(psychology, "PUT", path + "/appointment", "{\"start\":\"" + start + "\"}").json()
                .at("/appointment").asString()).isEqualTo(start);
        assertThat(act(psychology, "POST", path + "/start", "").json().at("/status").asString())
                .isEqualTo("IN_PROGRESS");

        String secondOpinion = KeycloakTokens.secondOpinionPartner();
        assertThat(partner(secondOpinion).get(REFERRALS + "?size=100").send().body()).doesNotContain(referralId);
        var foreign = partner(secondOpinion).get(path).send();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(partner(secondOpinion).post(path + "/complete", "{\"report\":\"not mine\"}").send().status())
                .isEqualTo(404);

        var completed = act(psychology, "POST", path + "/complete",
                "{\"report\":\"Six CBT sessions; pain-coping plan in place; PHQ-9 down from 14 to 8\"}");
        assertThat(completed.json().at("/status").asString()).isEqualTo("COMPLETED");

        await().atMost(Duration.ofSeconds(60)).until(() -> referralOnPlan(coordinator, plan, referralId)
                .get("status").asString().equals("COMPLETED"));
        JsonNode onPlan = referralOnPlan(coordinator, plan, referralId);
        assertThat(onPlan.get("report").asString()).startsWith("Six CBT sessions");
        assertThat(onPlan.get("partner").asString()).isEqualTo("Demo psychology practice");

        var staffView = coordinator.get("/api/referrals/" + referralId);
        assertThat(staffView.status()).as(staffView.body()).isEqualTo(200);
        assertThat(staffView.json().get("history").valueStream().map(h -> h.get("status").asString()))
                .containsExactly("REQUESTED", "RECEIVED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");

        await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/patients/" + patientId
                + "/access-log?size=100").json().get("content").valueStream()
                .anyMatch(entry -> entry.get("action").asString().equals("DISCLOSE")
                        && entry.get("actor").asString().equals("partner-psychology-demo")));
    }

    /** Points the partner's webhooks at this test's receiver; out: the secret they are signed with. */
    private static String receiveWebhooks(StaffApi admin, String partnerId) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/stepwise-hooks";
        var partner = admin.get("/api/partners/" + partnerId);
        assertThat(partner.status()).as(partner.body()).isEqualTo(200);
        var set = admin.put("/api/partners/" + partnerId + "/webhook", "{\"url\":\"" + url + "\"}", partner.etag());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        if (set.json().has("webhookSecret")) {
            return set.json().get("webhookSecret").asString();
        }
        var rotated = admin.post("/api/partners/" + partnerId + "/rotate-webhook-secret", "", set.etag());
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        return rotated.json().get("webhookSecret").asString();
    }

    /** Standard Webhooks, checked with the JDK alone: HMAC-SHA256 over "id.timestamp.body", any v1 signature. */
    private static boolean verifies(String secret, Delivered call) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                    (call.id() + "." + call.timestamp() + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
            return List.of(call.signature().split(" ")).contains(expected);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode referralOnPlan(StaffApi staff, String plan, String referralId) {
        return staff.get(plan).json().get("referrals").valueStream()
                .filter(r -> r.get("id").asString().equals(referralId)).findFirst().orElseThrow();
    }

    private static ApiResponse act(String token, String method, String path, String body) {
        var answer = Api.at(RunningPlatform.GATEWAY).method(method, path, body).bearer(token).send();
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(200);
        return answer;
    }

    private static PartnerCalls partner(String token) {
        return new PartnerCalls(token);
    }

    /** The partner API through the gateway with a partner's bearer token. */
    private record PartnerCalls(String token) {

        Api.Call get(String path) {
            return Api.at(RunningPlatform.GATEWAY).get(path).bearer(token);
        }

        Api.Call post(String path, String json) {
            return Api.at(RunningPlatform.GATEWAY).post(path, json).bearer(token);
        }
    }
}
