package io.stepwise.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.catalog.interaction.InteractionRuleSet;
import io.stepwise.catalog.treatment.Treatment;
import io.stepwise.events.TopicDefinitions;
import io.stepwise.kit.consumer.TopicSettings;
import io.stepwise.kit.outbox.OutboxSource;

/** The catalog's topics (compacted: the latest record per key is the current state) and the outboxes relayed to them. */
@Configuration(proxyBeanMethods = false)
class CatalogEvents {

    @Bean
    OutboxSource treatmentOutbox() {
        return OutboxSource.of(Treatment.class);
    }

    @Bean
    OutboxSource interactionRuleOutbox() {
        return OutboxSource.of(InteractionRuleSet.class);
    }

    @Bean
    KafkaAdmin.NewTopics catalogTopics(TopicSettings topics) {
        return new KafkaAdmin.NewTopics(TopicDefinitions.catalog(topics.partitions(), topics.replicas()));
    }
}
