package io.stepwise.events.cloudevents;

/** A record whose headers are not a CloudEvent: a poison record, never worth retrying. */
public class NotACloudEventException extends RuntimeException {

    public NotACloudEventException(String topic, int partition, long offset, Throwable cause) {
        super("Not a CloudEvent at " + topic + "-" + partition + "@" + offset + ": " + cause.getMessage(), cause);
    }
}
