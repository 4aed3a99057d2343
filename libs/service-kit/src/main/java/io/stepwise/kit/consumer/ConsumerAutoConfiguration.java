package io.stepwise.kit.consumer;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;

import io.stepwise.events.Topics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumers retry a failing record in place with backoff (never on retry topics: that would break per-key order),
 * then park it on {@code <topic>.<group>.dlt} with the failure in its headers, and go on with the next record. An
 * unreadable record is parked at once; a record that fails because the database is away is retried until it is back.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnClass({KafkaTemplate.class, MongoTemplate.class})
@EnableConfigurationProperties(TopicSettings.class)
public class ConsumerAutoConfiguration {

    @Bean
    CommonErrorHandler stepwiseConsumerErrorHandler(KafkaTemplate<String, byte[]> kafka) {
        return ConsumerRetries.errorHandler(new DeadLetterPublishingRecoverer(kafka, (record, failure) ->
                new TopicPartition(Topics.deadLetter(record.topic(), KafkaUtils.getConsumerGroupId()), -1)));
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
