package io.stepwise.gateway.audit;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;

/**
 * Sends the gateway's audit records to Kafka from one background thread, with an idempotent producer ({@code
 * acks=all}) that keeps retrying for two minutes. The gateway has no database and so no outbox: a record still
 * unsent when the gateway stops, or after two minutes without a broker, is lost, and the error log says which.
 */
public class AuditPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);

    private final KafkaProducer<String, byte[]> producer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("gateway-audit").factory());

    /**
     * @param bootstrapServers the broker the services use
     * @param topic            the audit topic as the services declare it; created here if it is missing, so the
     *                         gateway does not depend on a service having started first
     */
    public AuditPublisher(String bootstrapServers, NewTopic topic) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "gateway-audit"), new StringSerializer(), new ByteArraySerializer());
        // On the sending thread, before any record: the gateway's start does not wait for the broker.
        sender.execute(() -> declare(bootstrapServers, topic));
    }

    private static void declare(String bootstrapServers, NewTopic topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                log.warn("Could not declare {}; records wait in the producer until it exists: {}", topic.name(),
                        e.getCause().toString());
            }
        } catch (TimeoutException e) {
            log.warn("Could not declare {} in time; records wait in the producer until it exists", topic.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void publish(EventEnvelope event, String source) {
        sender.execute(() -> producer.send(CloudEventRecords.toRecord(event, URI.create(source)), (sent, failure) -> {
            if (failure != null) {
                log.error("Audit record {} (key {}) was not published: {}", event.id(), event.key(), failure.toString());
            }
        }));
    }

    @Override
    public void destroy() {
        sender.shutdown();
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
