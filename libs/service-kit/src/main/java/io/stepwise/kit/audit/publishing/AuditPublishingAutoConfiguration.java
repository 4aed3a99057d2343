package io.stepwise.kit.audit.publishing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.stepwise.events.TopicDefinitions;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.kit.consumer.TopicSettings;
import io.stepwise.kit.outbox.EventExternalization;
import io.stepwise.kit.outbox.OutboxSource;

/**
 * Sends every audit record to {@code audit.records.v1} with the service's own outbox: the record is an outbox
 * aggregate, this table says how its one event goes on the wire, and the relay publishes it like any other. The topic
 * is declared here, so every service that writes records has it.
 * <p>
 * Ordered before {@code OutboxAutoConfiguration}: its relay exists only if it sees an {@link OutboxSource} bean, and in
 * a service whose only outbox is the audit record's (plan-service, referral-service) it would otherwise never start.
 * A service without Kafka on its class path keeps its audit records in its database only.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "io.stepwise.kit.outbox.OutboxAutoConfiguration")
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(TopicSettings.class)
public class AuditPublishingAutoConfiguration {

    /** The relay publishes the outboxes of {@code audit_records}. */
    @Bean
    OutboxSource auditRecordOutbox() {
        return OutboxSource.of(AuditRecord.class);
    }

    /** The audit record's row, combined by the outbox with the service's own table. */
    @Bean
    EventExternalization auditRecordExternalization() {
        return AuditRecordEvents.externalization();
    }

    @Bean
    KafkaAdmin.NewTopics auditRecordsTopic(TopicSettings topics) {
        return new KafkaAdmin.NewTopics(TopicDefinitions.auditRecords(topics.partitions(), topics.replicas()));
    }
}
