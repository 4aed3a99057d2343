package io.stepwise.plan.accesslog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;
import io.stepwise.kit.consumer.TopicSettings;

/**
 * The access log's dead-letter topic, where audit records it cannot store wait for a person. The audit topic itself
 * is declared by the kit in every service that writes audit records, plan-service included.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogTopics {

    @Bean
    KafkaAdmin.NewTopics accessLogDeadLetters(TopicSettings topics) {
        return new KafkaAdmin.NewTopics(
                TopicDefinitions.deadLetters(Topics.AUDIT_RECORDS, AccessLogListener.GROUP, topics.replicas()));
    }
}
