package io.stepwise.referral.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;
import io.stepwise.kit.consumer.TopicSettings;

/** The webhook settings and the dead letters of the consumer group that makes deliveries from referral events. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    KafkaAdmin.NewTopics webhookTopics(TopicSettings topics, WebhookProperties properties) {
        return new KafkaAdmin.NewTopics(
                TopicDefinitions.deadLetters(Topics.REFERRAL_REFERRALS, properties.consumerGroup(), topics.replicas()));
    }
}
