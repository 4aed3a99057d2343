package io.stepwise.referral.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver for tests: a real local HTTP server that answers the requests reaching it as scripted
 * (a status, a redirect, or no answer at all), then 200, and keeps what reached it and when.
 */
final class ScriptedReceiver implements AutoCloseable {

    /** What reached the receiver: when, the headers (names lower-cased) and the raw body bytes. */
    record Received(Instant at, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One scripted answer. */
    sealed interface Answer {

        static Answer status(int status) {
            return new Status(status, "");
        }

        static Answer status(int status, String body) {
            return new Status(status, body);
        }

        static Answer redirectTo(String location) {
            return new Redirect(location);
        }

        /** No answer until the receiver closes: the sender's read time-out. */
        static Answer noAnswer() {
            return new NoAnswer();
        }
    }

    record Status(int status, String body) implements Answer {
    }

    record Redirect(String location) implements Answer {
    }

    record NoAnswer() implements Answer {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    ScriptedReceiver(Answer... answers) {
        script.addAll(List.of(answers));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Adds answers after those still scripted. */
    void then(Answer... answers) {
        script.addAll(List.of(answers));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = new TreeMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(",", values)));
            received.add(new Received(Instant.now(), Map.copyOf(headers), body));
            Answer answer = script.poll();
            switch (answer == null ? new Status(200, "{\"ok\":true}") : answer) {
                case Status status -> send(exchange, status.status(), status.body());
                case Redirect redirect -> {
                    exchange.getResponseHeaders().add("Location", redirect.location());
                    send(exchange, 302, "");
                }
                case NoAnswer _ -> closing.await(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/stepwise";
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
