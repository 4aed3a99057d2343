package io.stepwise.kit.consumer;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import io.stepwise.events.cloudevents.NotACloudEventException;

/**
 * How long a consumer keeps trying one record before parking it. Unreadable records are parked at once; a record that
 * fails because the database is away is retried until it is back (parking a good event would leave a replica stale
 * for good); anything else is retried for about 15 seconds.
 */
public final class ConsumerRetries {

    private ConsumerRetries() {
    }

    public static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer parking) {
        var handler = new DefaultErrorHandler(parking, otherFailures());
        handler.addNotRetryableExceptions(NotACloudEventException.class, PoisonPayloadException.class);
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        return handler;
    }

    /** The back-off for this failure, or null for the default one. */
    static BackOff backOffFor(Throwable failure) {
        return databaseUnavailable(failure) ? untilTheDatabaseIsBack() : null;
    }

    static BackOff otherFailures() {
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxElapsedTime(15_000);
        return backOff;
    }

    private static BackOff untilTheDatabaseIsBack() {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        return backOff;
    }

    private static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }
}
