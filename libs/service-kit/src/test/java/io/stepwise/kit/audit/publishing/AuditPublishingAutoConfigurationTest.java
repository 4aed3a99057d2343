package io.stepwise.kit.audit.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditAutoConfiguration;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.kit.audit.AuditTrail;
import io.stepwise.kit.outbox.OutboxAutoConfiguration;
import io.stepwise.kit.outbox.OutboxRelay;
import io.stepwise.kit.outbox.OutboxSource;
import io.stepwise.testkit.TestMongo;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit records' outbox is registered before the outbox auto-configuration decides whether a relay is needed, the
 * way Boot orders them; without Kafka on the class path a service still starts and keeps its records in its database.
 */
class AuditPublishingAutoConfigurationTest {

    /** Listed in the wrong order on purpose: the runner sorts them by their declared order, as Boot does. */
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class, AuditAutoConfiguration.class,
                    AuditPublishingAutoConfiguration.class))
            .withPropertyValues("spring.application.name=audit-order-probe",
                    "stepwise.outbox.operations-path=/api/probe/outbox");

    @Test
    void theRelayStartsInAServiceWhoseOnlyOutboxIsTheAuditRecords() {
        runner.withUserConfiguration(Database.class, Kafka.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(OutboxSource.class).values())
                    .containsExactly(OutboxSource.of(AuditRecord.class));
            assertThat(context).hasSingleBean(OutboxRelay.class);
            assertThat(context).getBean("auditRecordsTopic").isInstanceOf(KafkaAdmin.NewTopics.class);
        });
    }

    @Test
    void aServiceWithoutKafkaStartsAndKeepsItsAuditRecordsInItsDatabase() {
        runner.withClassLoader(new FilteredClassLoader(KafkaTemplate.class)).withUserConfiguration(Database.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(OutboxSource.class).doesNotHaveBean(OutboxRelay.class)
                            .doesNotHaveBean("auditRecordsTopic");

                    var record = AuditRecord.recorded("no-kafka-" + System.nanoTime(), Instant.now(), "audit-order-probe",
                            "clinician", "stepwise-gateway", AuditAction.READ, "patient-1", "patient/patient-1",
                            AuditOutcome.SUCCESS, 200, "GET /api/patients/patient-1", "c-1");
                    context.getBean(AuditTrail.class).append(record);
                    var stored = context.getBean(MongoTemplate.class).findById(record.id(), Document.class,
                            AuditRecord.COLLECTION);
                    assertThat(stored).isNotNull();
                    assertThat(stored.get("outbox", Document.class).getList("pending", Object.class)).isEmpty();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Database {

        @Bean
        MongoClient mongoClient() {
            return MongoClients.create(TestMongo.uri("kit-audit-publishing"));
        }

        @Bean
        MongoTemplate mongoTemplate(MongoClient client) {
            return new MongoTemplate(client, "kit-audit-publishing");
        }

        @Bean
        RequestMappingHandlerMapping requestMappingHandlerMapping() {
            return new RequestMappingHandlerMapping();
        }
    }

    /** Nothing is due in the fresh database, so the relay never reaches for this unreachable broker. */
    @Configuration(proxyBeanMethods = false)
    static class Kafka {

        @Bean
        KafkaTemplate<String, byte[]> kafkaTemplate() {
            return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"), new StringSerializer(),
                    new ByteArraySerializer()));
        }

        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }
    }
}
