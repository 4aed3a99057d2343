package io.stepwise.kit.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The transactional-outbox-without-transactions of the design: events saved with the change, relayed to Kafka. */
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
    Outbox outbox(JsonMapper jsonMapper, Clock clock) {
        return new Outbox(jsonMapper, clock);
    }

    @Bean
    @ConditionalOnBean(OutboxSource.class)
    OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry) {
        return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnBean(OutboxSource.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<OutboxSource> sources,
            OutboxProperties properties, OutboxMetrics metrics, Clock clock, Environment environment) {
        var collections = sources.stream().map(source -> mongo.getCollectionName(source.documentType())).toList();
        var source = properties.source() != null ? properties.source()
                : java.net.URI.create("urn:stepwise:" + environment.getProperty("spring.application.name", "service"));
        var resolved = new OutboxProperties(source, properties.pollInterval(), properties.lease(), properties.sendTimeout());
        var leases = new OutboxLeases(mongo, clock, instanceId(), properties.lease());
        return new OutboxRelay(mongo, kafka, collections, leases, resolved, metrics, clock);
    }

    @Bean
    @ConditionalOnBean(OutboxSource.class)
    OutboxWakeUp outboxWakeUp(OutboxRelay relay) {
        return new OutboxWakeUp(relay);
    }

    private static String instanceId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    }
}
