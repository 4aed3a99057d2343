package io.stepwise.gateway.audit;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.stepwise.events.TopicDefinitions;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's audit of its own refusals on patient data, sent to the broker the services use. */
@Configuration(proxyBeanMethods = false)
class GatewayAuditConfiguration {

    @Bean
    AuditPublisher auditPublisher(@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${stepwise.kafka.partitions:3}") int partitions, @Value("${stepwise.kafka.replicas:1}") short replicas) {
        return new AuditPublisher(bootstrapServers, TopicDefinitions.auditRecords(partitions, replicas));
    }

    @Bean
    GatewayDenials gatewayDenials(AuditPublisher publisher, JsonMapper json) {
        return new GatewayDenials(publisher, json, Clock.systemUTC());
    }
}
