package io.stepwise.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP requests to a running service or gateway. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;

    private Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static Api at(String baseUrl) {
        return new Api(baseUrl);
    }

    public static Api atPort(int port) {
        return new Api("http://127.0.0.1:" + port);
    }

    public Call get(String path) {
        return new Call(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Call post(String path, String json) {
        return new Call(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    /** A request with a body of any content type, such as a form. */
    public Call post(String path, String body, String contentType) {
        return post(path, HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    /**
     * A request with the given body; {@link HttpRequest.BodyPublishers#ofInputStream} sends one without a declared
     * length (chunked).
     */
    public Call post(String path, HttpRequest.BodyPublisher body, String contentType) {
        return new Call(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(body).header("Content-Type", contentType));
    }

    public Call method(String method, String path) {
        return new Call(HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Call method(String method, String path, String json) {
        return new Call(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public static final class Call {

        private final HttpRequest.Builder request;

        private Call(HttpRequest.Builder request) {
            this.request = request.timeout(Duration.ofSeconds(30));
        }

        /** How long to wait for the answer (30 s unless set): a hang fails the call instead of blocking the test. */
        public Call timeout(Duration timeout) {
            request.timeout(timeout);
            return this;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            request.setHeader(name, value);
            return this;
        }

        public ApiResponse send() {
            try {
                var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new ApiResponse(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
