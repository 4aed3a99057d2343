package io.stepwise.referral.webhook;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import io.stepwise.referral.egress.OutboundUrlPolicy;
import io.stepwise.referral.egress.RefusedUrlException;
import io.stepwise.referral.webhook.domain.DeliveryAttempt;

/**
 * The one class that calls partners' webhook receivers: checks the URL against the outbound-URL policy again (its
 * name may point elsewhere by now), POSTs the signed message over HTTP/1.1, never follows a redirect, and reports the
 * attempt: the status and the first bytes of the answer, or why there was none. Nothing is thrown for the receiver's
 * failures; they are attempts like any other.
 */
@Component
class WebhookClient {

    static final String USER_AGENT = "Stepwise-Webhooks/1.0 (referral partner webhooks)";
    private static final int SNIPPET_BYTES = 1024;

    private final OutboundUrlPolicy urlPolicy;
    private final Clock clock;
    private final Duration readTimeout;
    private final Duration deadline;
    private final HttpClient http;

    WebhookClient(OutboundUrlPolicy urlPolicy, WebhookProperties properties, Clock clock) {
        this.urlPolicy = urlPolicy;
        this.clock = clock;
        this.readTimeout = properties.readTimeout();
        this.deadline = properties.connectTimeout().plus(properties.readTimeout());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(properties.connectTimeout()).build();
    }

    /**
     * POSTs one attempt.
     *
     * @param url     the partner's receiver, as registered
     * @param message the signed message
     * @return the attempt: started now, its duration in ms, and the receiver's status and body start, or the error (a
     *         refused URL, no connection within the connect timeout, no whole answer within the read timeout)
     */
    DeliveryAttempt post(String url, SignedMessage message) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        URI uri;
        try {
            uri = urlPolicy.check(url);
        } catch (RefusedUrlException refused) {
            return DeliveryAttempt.failed(at, millisSince(started), "Not sent: " + refused.getMessage());
        }
        var snippet = new Snippet();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request(uri, message),
                answer -> HttpResponse.BodySubscribers.ofByteArrayConsumer(snippet));
        try {
            var response = exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return DeliveryAttempt.answered(at, millisSince(started), response.statusCode(), snippet.text());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return DeliveryAttempt.failed(at, millisSince(started), "No whole answer within " + deadline.toMillis()
                    + " ms");
        } catch (ExecutionException e) {
            return DeliveryAttempt.failed(at, millisSince(started), describe(e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryAttempt.failed(at, millisSince(started), "Interrupted while sending (the service stopped)");
        }
    }

    private HttpRequest request(URI uri, SignedMessage message) {
        return HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", message.webhookId())
                .header("webhook-timestamp", Long.toString(message.timestamp()))
                .header("webhook-signature", message.signature())
                .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8))
                .build();
    }

    private String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "No connection within the connect timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "No answer within " + readTimeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "Connection refused or unreachable";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Keeps the first bytes of the receiver's body and drops the rest as it arrives. */
    private static final class Snippet implements Consumer<Optional<byte[]>> {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(bytes -> kept.write(bytes, 0, Math.min(bytes.length, SNIPPET_BYTES - kept.size())));
        }

        synchronized String text() {
            return kept.size() == 0 ? null : kept.toString(StandardCharsets.UTF_8);
        }
    }
}
