package io.stepwise.events.cloudevents;

import java.time.Instant;

/** A CloudEvent as a consumer reads it; {@code data} is the raw JSON payload. */
public record ReceivedEvent(String id, String type, String subject, String key, Instant time, byte[] data) {
}
