package io.stepwise.catalog;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.stepwise.catalog.interaction.InteractionRuleSet;
import io.stepwise.catalog.treatment.Treatment;
import io.stepwise.events.TopicDefinitions;
import io.stepwise.kit.outbox.OutboxSource;

/** The catalog owns its topics (compacted: the latest record per key is the current state) and relays its outboxes. */
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
    NewTopic treatmentsTopic(@Value("${stepwise.kafka.partitions:3}") int partitions,
            @Value("${stepwise.kafka.replicas:1}") short replicas) {
        return TopicDefinitions.catalogTreatments(partitions, replicas);
    }

    @Bean
    NewTopic interactionRulesTopic(@Value("${stepwise.kafka.replicas:1}") short replicas) {
        return TopicDefinitions.catalogInteractionRules(replicas);
    }
}
