package io.stepwise.plan.catalogreplica;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;

/**
 * The topics the replica reads (declared here too, so plan-service may start before the catalog) and its dead-letter
 * topics, where records it cannot apply wait for a person to look at them.
 */
@Configuration(proxyBeanMethods = false)
class CatalogReplicaTopics {

    @Bean
    NewTopic catalogTreatments(@Value("${stepwise.kafka.partitions:3}") int partitions,
            @Value("${stepwise.kafka.replicas:1}") short replicas) {
        return TopicDefinitions.catalogTreatments(partitions, replicas);
    }

    @Bean
    NewTopic catalogInteractionRules(@Value("${stepwise.kafka.replicas:1}") short replicas) {
        return TopicDefinitions.catalogInteractionRules(replicas);
    }

    @Bean
    NewTopic treatmentsDeadLetters(@Value("${stepwise.kafka.replicas:1}") short replicas) {
        return TopicDefinitions.deadLetters(Topics.CATALOG_TREATMENTS, CatalogReplicaListener.GROUP, replicas);
    }

    @Bean
    NewTopic rulesDeadLetters(@Value("${stepwise.kafka.replicas:1}") short replicas) {
        return TopicDefinitions.deadLetters(Topics.CATALOG_INTERACTION_RULES, CatalogReplicaListener.GROUP, replicas);
    }
}
