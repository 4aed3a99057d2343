package io.stepwise.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A staff member's API calls through the gateway from a logged-in browser session (session cookie + CSRF token, as
 * the portal makes them), optionally written to a transcript of requests and answers.
 */
final class StaffApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BrowserContext session;
    private final String who;
    private final Path transcript;

    StaffApi(BrowserContext session, String who, Path transcript) {
        this.session = session;
        this.who = who;
        this.transcript = transcript;
    }

    record Answer(int status, Map<String, String> headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String etag() {
            return headers.get("etag");
        }
    }

    Answer get(String path) {
        return call("GET", path, null, null);
    }

    Answer post(String path, String body) {
        return call("POST", path, body, null);
    }

    Answer post(String path, String body, String ifMatch) {
        return call("POST", path, body, ifMatch);
    }

    Answer put(String path, String body, String ifMatch) {
        return call("PUT", path, body, ifMatch);
    }

    private Answer call(String method, String path, String body, String ifMatch) {
        var options = RequestOptions.create().setMethod(method).setTimeout(20_000);
        var headers = new HashMap<String, String>();
        if (!method.equals("GET")) {
            headers.put("X-XSRF-TOKEN", PortalSession.csrfToken(session));
            headers.put("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        headers.forEach(options::setHeader);
        if (body != null) {
            options.setData(body);
        }
        APIResponse response = session.request().fetch(RunningPlatform.GATEWAY + path, options);
        var answer = new Answer(response.status(), response.headers(), response.text());
        write(method, path, ifMatch, body, answer);
        return answer;
    }

    private void write(String method, String path, String ifMatch, String body, Answer answer) {
        if (transcript == null) {
            return;
        }
        var entry = new StringBuilder("\n### ").append(who).append(": ").append(method).append(' ').append(path)
                .append('\n');
        if (ifMatch != null) {
            entry.append("If-Match: ").append(ifMatch).append('\n');
        }
        if (body != null && !body.isEmpty()) {
            entry.append("```json\n").append(body.strip()).append("\n```\n");
        }
        entry.append("→ ").append(answer.status());
        if (answer.etag() != null) {
            entry.append(", ETag ").append(answer.etag());
        }
        String shown = answer.body().length() > 1500 ? answer.body().substring(0, 1500) + " …" : answer.body();
        entry.append("\n```json\n").append(shown).append("\n```\n");
        try {
            Files.createDirectories(transcript.getParent());
            Files.writeString(transcript, entry, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
