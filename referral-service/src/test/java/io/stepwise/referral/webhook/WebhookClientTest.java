package io.stepwise.referral.webhook;

import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.noAnswer;
import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.redirectTo;
import static io.stepwise.referral.webhook.ScriptedReceiver.Answer.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.stepwise.referral.egress.OutboundUrlPolicy;
import io.stepwise.referral.webhook.domain.AttemptOutcome;
import io.stepwise.referral.webhook.domain.DeliveryAttempt;

/**
 * The outbound webhook client against a scripted local receiver: what goes on the wire, what an answer, a redirect, a
 * silent receiver and a closed port make of an attempt, and that the outbound-URL policy is asked again before every
 * attempt (a name that now resolves to a loopback or private address is not called).
 */
class WebhookClientTest {

    private static final WebhookProperties FAST = new WebhookProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
            null, null, null, null, null, null, null);
    private static final String BODY = "{\"note\":\"Zoë – 痛み\"}";
    private static final SignedMessage MESSAGE = new SignedMessage("msg_1", 1_700_000_000L, "v1,abc v1,def", BODY);

    private final ScriptedReceiver receiver = new ScriptedReceiver();
    private final WebhookClient client = new WebhookClient(new OutboundUrlPolicy(true), FAST, Clock.systemUTC());

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void itPostsTheStandardWebhooksHeadersAndTheBodyAsSigned() {
        receiver.then(status(204));

        DeliveryAttempt attempt = client.post(receiver.url(), MESSAGE);

        assertThat(attempt.httpStatus()).isEqualTo(204);
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.DELIVERED);
        var request = receiver.received().getFirst();
        assertThat(request.header("webhook-id")).isEqualTo("msg_1");
        assertThat(request.header("webhook-timestamp")).isEqualTo("1700000000");
        assertThat(request.header("webhook-signature")).isEqualTo("v1,abc v1,def");
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("user-agent")).contains("Stepwise");
        assertThat(request.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailedAttempt() {
        try (var elsewhere = new ScriptedReceiver()) {
            receiver.then(redirectTo(elsewhere.url()));

            DeliveryAttempt attempt = client.post(receiver.url(), MESSAGE);

            assertThat(attempt.httpStatus()).isEqualTo(302);
            assertThat(attempt.outcome()).as("asking again cannot succeed").isEqualTo(AttemptOutcome.REJECTED);
            assertThat(receiver.received()).hasSize(1);
            assertThat(elsewhere.received()).isEmpty();
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailedAttemptWithoutStatus() {
        receiver.then(noAnswer());

        DeliveryAttempt attempt = client.post(receiver.url(), MESSAGE);

        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.error()).containsIgnoringCase("no");
        assertThat(attempt.durationMs()).isBetween(900L, 5_000L);
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.RETRY);
    }

    @Test
    void aClosedPortIsAFailedAttempt() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        DeliveryAttempt attempt = client.post("http://127.0.0.1:" + closedPort + "/hook", MESSAGE);

        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.error()).isNotBlank();
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.RETRY);
    }

    @Test
    void onlyTheStartOfTheAnswerIsKept() {
        receiver.then(status(500, "x".repeat(5_000)));

        DeliveryAttempt attempt = client.post(receiver.url(), MESSAGE);

        assertThat(attempt.httpStatus()).isEqualTo(500);
        assertThat(attempt.responseSnippet()).hasSizeLessThanOrEqualTo(DeliveryAttempt.MAX_SNIPPET + 1)
                .startsWith("xxxx");
    }

    @Test
    void aLoopbackReceiverIsNotCalledWhereLoopbackIsNotAllowed() {
        var strict = new WebhookClient(new OutboundUrlPolicy(false), FAST, Clock.systemUTC());

        DeliveryAttempt attempt = strict.post(receiver.url(), MESSAGE);

        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.error()).startsWith("Not sent").contains("https");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aNameThatResolvesToALoopbackOrPrivateAddressIsRefusedOnEveryAttempt() throws Exception {
        var lookups = new AtomicInteger();
        var addresses = List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("10.20.30.40"));
        var policy = new OutboundUrlPolicy(false,
                host -> List.of(addresses.get(lookups.getAndIncrement() % addresses.size())));
        var strict = new WebhookClient(policy, FAST, Clock.systemUTC());

        DeliveryAttempt first = strict.post("https://hooks.partner.example/stepwise", MESSAGE);
        DeliveryAttempt second = strict.post("https://hooks.partner.example/stepwise", MESSAGE);

        assertThat(first.error()).startsWith("Not sent").contains("127.0.0.1");
        assertThat(second.error()).startsWith("Not sent").contains("10.20.30.40");
        assertThat(lookups).hasValue(2);
        assertThat(first.outcome()).isEqualTo(AttemptOutcome.RETRY);
    }

    @Test
    void theAttemptStartsNowAndTakesItsTime() {
        Instant before = Instant.now();

        DeliveryAttempt attempt = client.post(receiver.url(), MESSAGE);

        assertThat(attempt.at()).isBetween(before, Instant.now());
        assertThat(attempt.durationMs()).isGreaterThanOrEqualTo(0);
        assertThat(attempt.httpStatus()).isEqualTo(200);
    }
}
