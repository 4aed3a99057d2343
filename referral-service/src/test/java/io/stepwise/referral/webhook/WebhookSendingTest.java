package io.stepwise.referral.webhook;

import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.noAnswer;
import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.WebhookSecret;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.webhook.domain.DeliveryAttempt;
import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;
import io.stepwise.referral.webhook.domain.WebhookEventType;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.TestIdentityProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinic's changes of a referral reach its partner's receiver as Standard Webhooks, checked the way a partner
 * checks them (its own HMAC code): the thin body, a stable webhook id, a fresh timestamp and valid signature on every
 * attempt, retries on 5xx, 429 and time-outs until one succeeds, no retry after 400, 410 disabling the endpoint, and
 * both signatures during a secret rotation.
 */
@WebhookServiceTest
class WebhookSendingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_CALL = Duration.ofSeconds(45);

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    private WebhookFixtures fixtures;
    private ScriptedReceiver receiver;
    private final String secret = WebhookSignerTest.newSecret();

    @BeforeEach
    void fixtures() {
        fixtures = new WebhookFixtures(mongo);
    }

    @AfterEach
    void closeReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private WebhookDelivery awaitOnlyDelivery(Referral referral, DeliveryStatus status) {
        await().atMost(FIRST_CALL).until(() -> fixtures.deliveriesFor(referral.id()).stream()
                .anyMatch(delivery -> delivery.status() == status));
        List<WebhookDelivery> deliveries = fixtures.deliveriesFor(referral.id());
        assertThat(deliveries).hasSize(1);
        return deliveries.getFirst();
    }

    private static boolean verifies(String secret, ScriptedReceiver.Received request) {
        return IndependentVerifier.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"), request.at());
    }

    @Test
    void anAssignmentReachesThePartnerAsAThinSignedWebhook() {
        receiver = new ScriptedReceiver();
        Partner partner = fixtures.partner(receiver.url(), secret);

        Referral referral = fixtures.assignedReferral(partner);

        WebhookDelivery delivery = awaitOnlyDelivery(referral, DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
        var request = receiver.received().getFirst();
        assertThat(verifies(secret, request)).isTrue();
        assertThat(request.header("webhook-id")).isEqualTo("msg_" + delivery.id());
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("user-agent")).contains("Stepwise");

        JsonNode body = JSON.readTree(request.body());
        assertThat(body.propertyNames()).containsExactly("type", "timestamp", "data");
        assertThat(body.get("type").asString()).isEqualTo("referral.assigned");
        assertThat(body.get("timestamp").asString()).endsWith("Z");
        assertThat(Duration.between(referral.updatedAt(), Instant.parse(body.get("timestamp").asString())).abs())
                .isLessThan(Duration.ofMillis(1));
        assertThat(body.get("data").propertyNames()).containsExactlyInAnyOrder("eventId", "referralId");
        assertThat(body.get("data").get("referralId").asString()).isEqualTo(referral.id());
        assertThat(body.get("data").get("eventId").asString()).isEqualTo(delivery.eventId());
        assertThat(request.bodyText()).doesNotContain("Zoë", "Example", referral.patientId(), referral.planId());
        assertThat(delivery.type()).isEqualTo(WebhookEventType.REFERRAL_ASSIGNED);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::httpStatus).containsExactly(200);
    }

    @Test
    void aReceiverThatFailsTwiceGetsOneSuccessfulDeliveryEachAttemptFreshlySigned() {
        receiver = new ScriptedReceiver(status(500), noAnswer());
        Partner partner = fixtures.partner(receiver.url(), secret);

        Referral referral = fixtures.assignedReferral(partner);

        WebhookDelivery delivery = awaitOnlyDelivery(referral, DeliveryStatus.DELIVERED);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.received().size() == 3);
        var requests = receiver.received();
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::httpStatus).containsExactly(500, null, 200);
        assertThat(delivery.attempts().get(1).error()).isNotBlank();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);

        assertThat(requests).extracting(request -> request.header("webhook-id")).containsOnly(delivery.webhookId());
        assertThat(requests).allSatisfy(request -> assertThat(verifies(secret, request)).isTrue());
        assertThat(requests).extracting(ScriptedReceiver.Received::bodyText).containsOnly(delivery.payload());
        List<Long> timestamps = requests.stream().map(request -> Long.parseLong(request.header("webhook-timestamp")))
                .toList();
        assertThat(timestamps).isSorted();
        assertThat(timestamps.getLast()).isGreaterThan(timestamps.getFirst());
        assertThat(requests.getLast().header("webhook-signature"))
                .isNotEqualTo(requests.getFirst().header("webhook-signature"));
        for (var request : requests) {
            assertThat(Math.abs(request.at().getEpochSecond() - Long.parseLong(request.header("webhook-timestamp"))))
                    .as("the timestamp is the attempt's own").isLessThanOrEqualTo(2);
        }
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetried() {
        receiver = new ScriptedReceiver(status(429), status(503), status(502));
        Partner partner = fixtures.partner(receiver.url(), secret);

        Referral referral = fixtures.assignedReferral(partner);

        WebhookDelivery delivery = awaitOnlyDelivery(referral, DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::httpStatus).containsExactly(429, 503, 502, 200);
        assertThat(receiver.received()).hasSize(4);
    }

    @Test
    void aBadRequestIsNotRetried() {
        receiver = new ScriptedReceiver(status(400, "{\"error\":\"unknown referral\"}"));
        Partner partner = fixtures.partner(receiver.url(), secret);

        Referral referral = fixtures.assignedReferral(partner);

        WebhookDelivery delivery = awaitOnlyDelivery(referral, DeliveryStatus.FAILED);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.received().size() == 1);
        assertThat(fixtures.delivery(delivery.id()).attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.httpStatus()).isEqualTo(400);
            assertThat(attempt.responseSnippet()).contains("unknown referral");
        });
        assertThat(fixtures.delivery(delivery.id()).nextAttemptAt()).isNull();
    }

    @Test
    void goneDisablesTheEndpointAndLaterChangesAreNotSent() {
        receiver = new ScriptedReceiver(status(410));
        Partner partner = fixtures.partner(receiver.url(), secret);

        awaitOnlyDelivery(fixtures.assignedReferral(partner), DeliveryStatus.GONE);
        await().atMost(Duration.ofSeconds(5)).until(() -> !fixtures.reload(partner).webhook().enabled());
        assertThat(fixtures.reload(partner).webhook().disabledReason()).contains("410");

        Referral later = fixtures.assignedReferral(fixtures.reload(partner));
        WebhookDelivery skipped = awaitOnlyDelivery(later, DeliveryStatus.SKIPPED);
        assertThat(skipped.statusReason()).contains("disabled");
        assertThat(skipped.attempts()).isEmpty();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void duringARotationBothSignaturesAreSentAndEachVerifiesWithItsOwnSecret() {
        receiver = new ScriptedReceiver();
        Partner partner = fixtures.partner(receiver.url(), secret);
        String next = WebhookSignerTest.newSecret();
        partner.rotateWebhookSecret(new WebhookSecret(next, Instant.now(), null), Instant.now());
        partner = mongo.save(partner);

        awaitOnlyDelivery(fixtures.assignedReferral(partner), DeliveryStatus.DELIVERED);

        var request = receiver.received().getFirst();
        String header = request.header("webhook-signature");
        var signatures = IndependentVerifier.v1Signatures(header);
        assertThat(header).matches("v1,\\S+ v1,\\S+");
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        assertThat(signatures).containsExactly(
                IndependentVerifier.expectedSignature(next, id, timestamp, request.body()),
                IndependentVerifier.expectedSignature(secret, id, timestamp, request.body()));
        assertThat(verifies(next, request)).isTrue();
        assertThat(verifies(secret, request)).isTrue();
    }

    @Test
    void aCancellationByTheClinicIsAWebhookToo() {
        receiver = new ScriptedReceiver();
        Partner partner = fixtures.partner(receiver.url(), secret);
        Referral referral = fixtures.assignedReferral(partner);
        awaitOnlyDelivery(referral, DeliveryStatus.DELIVERED);

        var idp = TestIdentityProvider.shared();
        var read = Api.atPort(port).get("/api/referrals/" + referral.id()).bearer(idp.coordinator()).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        var cancelled = Api.atPort(port).post("/api/referrals/" + referral.id() + "/cancel",
                "{\"reason\":\"The patient moved away\"}").bearer(idp.coordinator())
                .header("If-Match", read.header("ETag")).send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        await().atMost(FIRST_CALL).until(() -> fixtures.deliveriesFor(referral.id()).stream()
                .anyMatch(delivery -> delivery.type() == WebhookEventType.REFERRAL_CANCELLED
                        && delivery.status() == DeliveryStatus.DELIVERED));
        assertThat(fixtures.deliveriesFor(referral.id())).hasSize(2);
        var request = receiver.received().getLast();
        assertThat(JSON.readTree(request.body()).get("type").asString()).isEqualTo("referral.cancelled");
        assertThat(request.bodyText()).doesNotContain("moved away");
        assertThat(verifies(secret, request)).isTrue();
        assertThat(request.header("webhook-id")).isNotEqualTo(receiver.received().getFirst().header("webhook-id"));
    }
}
