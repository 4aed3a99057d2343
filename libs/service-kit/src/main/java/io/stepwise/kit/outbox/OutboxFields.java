package io.stepwise.kit.outbox;

/** Where an aggregate's embedded {@code EventOutbox} keeps its state in the aggregate's document. */
final class OutboxFields {

    static final String OUTBOX = "outbox";
    static final String PENDING = OUTBOX + ".pending";
    static final String ATTEMPTS = OUTBOX + ".attempts";
    static final String LAST_ERROR = OUTBOX + ".lastError";
    static final String NEXT_ATTEMPT_AT = OUTBOX + ".nextAttemptAt";
    static final String FAILED_AT = OUTBOX + ".failedAt";

    private OutboxFields() {
    }
}
