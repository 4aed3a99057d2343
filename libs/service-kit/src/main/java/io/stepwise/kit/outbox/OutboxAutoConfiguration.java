package io.stepwise.kit.outbox;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.security.EndpointRules;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional-outbox-without-transactions of the design: aggregates record domain events, the service's
 * externalization table turns them into wire events saved with the change, and the relay sends them to Kafka.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnBean(EventExternalization.class)
    EventExternalizer eventExternalizer(List<EventExternalization> tables, JsonMapper jsonMapper, Clock clock) {
        return new EventExternalizer(EventExternalization.combine(tables), jsonMapper, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(OutboxSource.class)
    static class Relay {

        @Bean
        OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry) {
            return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
        }

        @Bean
        OutboxCollections outboxCollections(MongoTemplate mongo, List<OutboxSource> sources) {
            return OutboxCollections.of(mongo, sources);
        }

        @Bean
        OutboxDocuments outboxDocuments(MongoTemplate mongo) {
            return new OutboxDocuments(mongo);
        }

        @Bean
        OutboxRelay outboxRelay(MongoTemplate mongo, OutboxDocuments documents, KafkaTemplate<String, byte[]> kafka,
                OutboxCollections collections, OutboxProperties properties, OutboxMetrics metrics, Clock clock,
                Environment environment) {
            var source = properties.source() != null ? properties.source()
                    : URI.create("urn:stepwise:" + environment.getProperty("spring.application.name", "service"));
            var leases = new OutboxLeases(mongo, clock, instanceId(), properties.lease());
            return new OutboxRelay(documents, kafka, collections.names(), leases,
                    properties.withSource(source), metrics, clock);
        }

        @Bean
        LegacyOutboxFields legacyOutboxFields(MongoTemplate mongo, OutboxCollections collections, Clock clock) {
            return new LegacyOutboxFields(mongo, collections.names(), clock);
        }

        @Bean
        OutboxWakeUp outboxWakeUp(OutboxRelay relay) {
            return new OutboxWakeUp(relay);
        }

        @Bean
        FailedOutboxes failedOutboxes(OutboxDocuments documents, OutboxCollections collections, OutboxRelay relay,
                Clock clock) {
            return new FailedOutboxes(documents, collections.names(), relay, clock);
        }

        private static String instanceId() {
            return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(OutboxSource.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(EndpointRules.class)
    static class Operations {

        @Bean
        OutboxOperationsController outboxOperationsController(FailedOutboxes failedOutboxes) {
            return new OutboxOperationsController(failedOutboxes);
        }

        @Bean
        OutboxOperationsRules outboxOperationsRules(OutboxProperties properties) {
            String path = properties.operationsPath();
            if (path == null || !path.matches("/api/[a-z0-9/-]+[a-z0-9]")) {
                throw new IllegalStateException("stepwise.outbox.operations-path must name this service's path for outbox "
                        + "operations under /api/, e.g. /api/catalog/outbox (was " + path + ")");
            }
            return new OutboxOperationsRules(path);
        }
    }

    /** The collections of the declared outbox sources; each aggregate must embed its outbox as {@code outbox}. */
    record OutboxCollections(List<String> names) {

        static OutboxCollections of(MongoTemplate mongo, List<OutboxSource> sources) {
            for (OutboxSource source : sources) {
                var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(source.documentType());
                var property = entity.getPersistentProperty(OutboxFields.OUTBOX);
                if (property == null || !EventOutbox.class.equals(property.getType())) {
                    throw new IllegalStateException(source.documentType().getName()
                            + " must keep its EventOutbox in a field named '" + OutboxFields.OUTBOX + "'");
                }
            }
            return new OutboxCollections(sources.stream().map(source -> mongo.getCollectionName(source.documentType()))
                    .toList());
        }
    }
}
