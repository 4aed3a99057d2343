package io.stepwise.kit.consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.ExponentialBackOff;

import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.NotACloudEventException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumers retry a failing record in place with backoff (never on retry topics: that would break per-key order),
 * then park it on {@code <topic>.<group>.dlt} with the failure in its headers, and go on with the next record. An
 * unreadable record is parked at once; a record that fails because the database is away is retried until it is back.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnClass({KafkaTemplate.class, MongoTemplate.class})
public class ConsumerAutoConfiguration {

    @Bean
    CommonErrorHandler stepwiseConsumerErrorHandler(KafkaTemplate<String, byte[]> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka, (record, failure) -> new TopicPartition(
                Topics.deadLetter(record.topic(), KafkaUtils.getConsumerGroupId()), -1));
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxElapsedTime(15_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(NotACloudEventException.class, PoisonPayloadException.class);
        // The database being away is not the record's fault: wait for it rather than park a good event.
        var untilTheDatabaseIsBack = new ExponentialBackOff(500, 2.0);
        untilTheDatabaseIsBack.setMaxInterval(10_000);
        handler.setBackOffFunction((record, failure) -> databaseUnavailable(failure) ? untilTheDatabaseIsBack : null);
        return handler;
    }

    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    SequenceGuard sequenceGuard(MongoTemplate mongo) {
        return new SequenceGuard(mongo);
    }

    @Bean
    EventPayloads eventPayloads(JsonMapper jsonMapper) {
        return new EventPayloads(jsonMapper);
    }
}
