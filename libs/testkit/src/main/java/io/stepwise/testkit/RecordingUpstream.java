package io.stepwise.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A downstream HTTP server that answers 200 and remembers what reached it: for testing what a proxy forwards.
 * It reads each request's body in full before it answers. A request with the {@value #DELAY_HEADER} header (in
 * milliseconds) is answered only after that delay, to stand in for a slow service.
 */
public final class RecordingUpstream implements AutoCloseable {

    /** Milliseconds the upstream waits, after reading the request, before it answers. */
    public static final String DELAY_HEADER = "X-Upstream-Delay-Ms";

    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public RecordingUpstream() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            String delay = exchange.getRequestHeaders().getFirst(DELAY_HEADER);
            if (delay != null) {
                Thread.sleep(Long.parseLong(delay));
            }
            byte[] answer = "{\"upstream\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        return received.getLast();
    }

    public void clear() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
