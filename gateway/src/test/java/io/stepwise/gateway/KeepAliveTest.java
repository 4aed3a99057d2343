package io.stepwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.RecordingUpstream;

/**
 * A browser keeps its connection to the gateway open and sends the next request as soon as it has an answer. When a
 * request arrives before the gateway has finished with the previous one, it is queued; the gateway must go on reading
 * the connection after it has answered the queued request (Reactor Netty before 1.3.8 stopped reading there, and the
 * next request on that connection was never answered).
 */
class KeepAliveTest extends GatewayTestBase {

    @Test
    void aRequestQueuedBehindASlowerOneIsAnsweredAndTheConnectionKeepsReading() throws IOException {
        String token = idp.clinician();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            // two requests in one write: the first answered after a short delay, the second (a firewall refusal) at once
            out.write((request("/api/plans?patientId=p1", "Authorization: Bearer " + token + "\r\n"
                    + RecordingUpstream.DELAY_HEADER + ": 100\r\n") + request("/api/catalog/..%2Fplans", ""))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLine(in)).contains(" 200 ");
            assertThat(statusLine(in)).contains(" 400 ");

            out.write(request("/api/catalog/treatments;x=y", "").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                assertThat(statusLine(in)).contains(" 400 ");
            } catch (SocketTimeoutException unanswered) {
                throw new AssertionError("the third request on the kept-alive connection was never answered", unanswered);
            }
        }
    }

    private static String request(String path, String headers) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
    }

    /** Reads one whole response (its body by Content-Length) and returns its status line. */
    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed after: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(next);
        }
        String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
        for (String line : lines) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
        return lines[0];
    }
}
