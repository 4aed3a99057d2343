package io.stepwise.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.catalog.interaction.RuleSetPayloads;
import io.stepwise.catalog.interaction.domain.InteractionRuleSet;
import io.stepwise.catalog.interaction.domain.InteractionRulesChanged;
import io.stepwise.catalog.treatment.TreatmentPayloads;
import io.stepwise.catalog.treatment.domain.Treatment;
import io.stepwise.catalog.treatment.domain.TreatmentEvent;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentPublished;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentRetired;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentRevised;
import io.stepwise.events.EventTypes;
import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;
import io.stepwise.kit.consumer.TopicSettings;
import io.stepwise.kit.outbox.EventExternalization;
import io.stepwise.kit.outbox.OutboxSource;

/**
 * The catalog's events on the wire: the one table from domain events to CloudEvent type, topic, key and payload; the
 * outboxes the relay publishes; the topics (compacted: the latest record per key is the current state).
 */
@Configuration(proxyBeanMethods = false)
class CatalogEvents {

    @Bean
    EventExternalization catalogEventExternalization() {
        return EventExternalization.builder()
                .route(TreatmentPublished.class, EventTypes.TREATMENT_PUBLISHED, Topics.CATALOG_TREATMENTS,
                        TreatmentEvent::treatmentId, TreatmentPayloads::of)
                .route(TreatmentRevised.class, EventTypes.TREATMENT_REVISED, Topics.CATALOG_TREATMENTS,
                        TreatmentEvent::treatmentId, TreatmentPayloads::of)
                .route(TreatmentRetired.class, EventTypes.TREATMENT_RETIRED, Topics.CATALOG_TREATMENTS,
                        TreatmentEvent::treatmentId, TreatmentPayloads::of)
                .route(InteractionRulesChanged.class, EventTypes.INTERACTION_RULES_CHANGED,
                        Topics.CATALOG_INTERACTION_RULES, InteractionRulesChanged::ruleSetId, RuleSetPayloads::of)
                .build();
    }

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
