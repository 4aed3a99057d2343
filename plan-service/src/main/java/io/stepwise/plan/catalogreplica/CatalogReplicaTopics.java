package io.stepwise.plan.catalogreplica;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;
import io.stepwise.kit.consumer.TopicSettings;

/**
 * The topics the replica reads (declared here too, so plan-service may start before the catalog) and its dead-letter
 * topics, where records it cannot apply wait for a person to look at them.
 */
@Configuration(proxyBeanMethods = false)
class CatalogReplicaTopics {

    @Bean
    KafkaAdmin.NewTopics catalogTopics(TopicSettings topics) {
        return new KafkaAdmin.NewTopics(TopicDefinitions.catalog(topics.partitions(), topics.replicas()));
    }

    @Bean
    KafkaAdmin.NewTopics catalogReplicaDeadLetters(TopicSettings topics) {
        return new KafkaAdmin.NewTopics(
                TopicDefinitions.deadLetters(Topics.CATALOG_TREATMENTS, CatalogReplicaListener.GROUP, topics.replicas()),
                TopicDefinitions.deadLetters(Topics.CATALOG_INTERACTION_RULES, CatalogReplicaListener.GROUP,
                        topics.replicas()));
    }
}
