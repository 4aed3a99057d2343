package io.stepwise.referral.webhook;

import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.noAnswer;
import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.TestIdentityProvider;
import tools.jackson.databind.JsonNode;

/**
 * Clinic admins read a partner's webhook deliveries (newest first, by status) and resend an ended one, which the
 * partner receives again with the same webhook id, freshly timestamped and signed. Another partner's delivery is not
 * found, a delivery under way cannot be resent, a disabled endpoint is not resent to; nobody but a clinic admin gets in.
 */
@WebhookServiceTest
class WebhookDeliveryLogTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final Duration FIRST_CALL = Duration.ofSeconds(45);

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    private WebhookFixtures fixtures;
    private final List<ScriptedReceiver> receivers = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final String secret = WebhookSignerTest.newSecret();

    @BeforeEach
    void fixtures() {
        fixtures = new WebhookFixtures(mongo);
    }

    /** Deactivates the test's partners (so nothing of theirs is retried later) and closes their receivers. */
    @AfterEach
    void cleanUp() {
        for (Partner partner : partners) {
            var stored = fixtures.reload(partner);
            stored.deactivate(Instant.now());
            mongo.save(stored);
        }
        receivers.forEach(ScriptedReceiver::close);
    }

    private ScriptedReceiver receiver(ScriptedReceiver.Answer... answers) {
        var receiver = new ScriptedReceiver(answers);
        receivers.add(receiver);
        return receiver;
    }

    private Partner partner(ScriptedReceiver receiver) {
        var partner = fixtures.partner(receiver.url(), secret);
        partners.add(partner);
        return partner;
    }

    private WebhookDelivery awaitDelivery(Referral referral, DeliveryStatus status) {
        await().atMost(FIRST_CALL).until(() -> fixtures.deliveriesFor(referral.id()).stream()
                .anyMatch(delivery -> delivery.status() == status));
        return fixtures.deliveriesFor(referral.id()).getFirst();
    }

    private static String log(Partner partner) {
        return "/api/partners/" + partner.id() + "/webhook-deliveries";
    }

    private ApiResponse get(String path, String token) {
        return Api.atPort(port).get(path).bearer(token).send();
    }

    private ApiResponse resend(Partner partner, String deliveryId, String token) {
        var call = Api.atPort(port).method("POST", log(partner) + "/" + deliveryId + "/resend");
        return token == null ? call.send() : call.bearer(token).send();
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theLogListsAPartnersDeliveriesNewestFirstAndByStatus() {
        var receiver = receiver(status(400, "{\"error\":\"not yet\"}"));
        Partner partner = partner(receiver);
        Referral first = fixtures.assignedReferral(partner);
        awaitDelivery(first, DeliveryStatus.FAILED);
        Referral second = fixtures.assignedReferral(partner);
        awaitDelivery(second, DeliveryStatus.DELIVERED);
        Partner other = partner(receiver());
        awaitDelivery(fixtures.assignedReferral(other), DeliveryStatus.DELIVERED);

        var listed = get(log(partner), idp.clinicAdmin());

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode content = listed.json().get("content");
        assertThat(content.valueStream().map(d -> d.get("referralId").asString()))
                .containsExactly(second.id(), first.id());
        assertThat(listed.json().at("/page/totalElements").asLong()).isEqualTo(2);
        JsonNode failed = content.get(1);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("type").asString()).isEqualTo("referral.assigned");
        assertThat(failed.get("webhookId").asString()).isEqualTo("msg_" + failed.get("id").asString());
        assertThat(failed.get("statusReason").asString()).contains("400");
        assertThat(failed.at("/attempts/0/httpStatus").asInt()).isEqualTo(400);
        assertThat(failed.at("/attempts/0/responseSnippet").asString()).contains("not yet");
        assertThat(failed.at("/attempts/0/durationMs").isNumber()).isTrue();
        assertThat(failed.get("payload").asString()).contains(first.id()).doesNotContain("Zoë");
        assertThat(failed.has("revision")).isFalse();

        var onlyFailed = get(log(partner) + "?status=FAILED", idp.clinicAdmin());
        assertThat(onlyFailed.json().get("content").valueStream().map(d -> d.get("referralId").asString()))
                .containsExactly(first.id());
        assertProblem(get(log(partner) + "?status=LOST", idp.clinicAdmin()), 400);
        assertProblem(get(log(partner) + "?sort=payload", idp.clinicAdmin()), 400);
        assertProblem(get("/api/partners/no-such-partner/webhook-deliveries", idp.clinicAdmin()), 404);
    }

    @Test
    void aResendIsANewSeriesWithTheSameWebhookIdFreshlySigned() {
        var receiver = receiver();
        Partner partner = partner(receiver);
        WebhookDelivery delivered = awaitDelivery(fixtures.assignedReferral(partner), DeliveryStatus.DELIVERED);

        var resent = resend(partner, delivered.id(), idp.clinicAdmin());

        assertThat(resent.status()).as(resent.toString()).isEqualTo(202);
        assertThat(resent.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(resent.json().get("resends").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2
                && fixtures.delivery(delivered.id()).status() == DeliveryStatus.DELIVERED);
        var original = receiver.received().get(0);
        var again = receiver.received().get(1);
        assertThat(again.header("webhook-id")).isEqualTo(original.header("webhook-id"))
                .isEqualTo(delivered.webhookId());
        assertThat(again.body()).isEqualTo(original.body());
        assertThat(Long.parseLong(again.header("webhook-timestamp")))
                .isGreaterThanOrEqualTo(Long.parseLong(original.header("webhook-timestamp")));
        assertThat(IndependentVerifier.verifies(secret, again.header("webhook-id"), again.header("webhook-timestamp"),
                again.body(), again.header("webhook-signature"), again.at())).isTrue();
        assertThat(fixtures.delivery(delivered.id()).attemptCount()).isEqualTo(2);
    }

    @Test
    void anotherPartnersDeliveryAndUnknownIdsAreNotFound() {
        Partner owner = partner(receiver());
        Partner stranger = partner(receiver());
        WebhookDelivery owned = awaitDelivery(fixtures.assignedReferral(owner), DeliveryStatus.DELIVERED);

        var foreign = resend(stranger, owned.id(), idp.clinicAdmin());
        var unknown = resend(stranger, "00000000-0000-3000-8000-000000000000", idp.clinicAdmin());

        assertProblem(foreign, 404);
        assertProblem(unknown, 404);
        assertThat(foreign.json().get("type").asString()).isEqualTo(unknown.json().get("type").asString());
        assertProblem(resend(fixtures.partner(null, null), owned.id(), idp.clinicAdmin()), 404);
        assertThat(fixtures.delivery(owned.id()).resends()).isZero();
    }

    @Test
    void aDeliveryUnderWayCannotBeResent() {
        var receiver = receiver(noAnswer(), noAnswer(), noAnswer(), noAnswer(), noAnswer());
        Partner partner = partner(receiver);
        Referral referral = fixtures.assignedReferral(partner);
        await().atMost(FIRST_CALL).until(() -> !receiver.received().isEmpty());
        WebhookDelivery pending = fixtures.deliveriesFor(referral.id()).getFirst();

        var refused = resend(partner, pending.id(), idp.clinicAdmin());

        assertProblem(refused, 409);
        assertThat(refused.json().get("currentStatus").asString()).isEqualTo("PENDING");
    }

    @Test
    void aDisabledEndpointIsNotResentTo() {
        var receiver = receiver(status(410));
        Partner partner = partner(receiver);
        WebhookDelivery gone = awaitDelivery(fixtures.assignedReferral(partner), DeliveryStatus.GONE);
        await().atMost(Duration.ofSeconds(5)).until(() -> !fixtures.reload(partner).webhook().enabled());

        var refused = resend(partner, gone.id(), idp.clinicAdmin());

        assertProblem(refused, 422);
        assertThat(refused.json().get("detail").asString()).contains("disabled");
        assertThat(fixtures.delivery(gone.id()).status()).isEqualTo(DeliveryStatus.GONE);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void onlyClinicAdminsReadTheLogAndResend() {
        Partner partner = partner(receiver());
        WebhookDelivery delivered = awaitDelivery(fixtures.assignedReferral(partner), DeliveryStatus.DELIVERED);

        for (String token : new String[] {idp.clinician(), idp.coordinator(), idp.partner(partner.id())}) {
            assertProblem(get(log(partner), token), 403);
            assertProblem(resend(partner, delivered.id(), token), 403);
        }
        assertProblem(Api.atPort(port).get(log(partner)).send(), 401);
        assertProblem(resend(partner, delivered.id(), null), 401);
        assertThat(fixtures.delivery(delivered.id()).resends()).isZero();
    }
}
