package io.stepwise.testkit;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts records on the shared test broker as another service would (a CloudEvent from {@code CloudEventRecords}, or a
 * deliberately broken record), one producer for the whole test JVM.
 */
public final class TestEvents {

    private static KafkaProducer<String, byte[]> producer;

    private TestEvents() {
    }

    /**
     * Sends one record and waits until the broker has it (acks=all).
     *
     * @return the partition it went to, so a test can put a later record behind it
     * @throws IllegalStateException when the broker does not acknowledge it within 10 s
     */
    public static int send(ProducerRecord<String, byte[]> record) {
        try {
            return producer().send(record).get(10, TimeUnit.SECONDS).partition();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The test broker did not take " + record.topic() + "/" + record.key(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a record to the given partition (to stand behind another record), waiting as {@link #send} does. */
    public static void send(ProducerRecord<String, byte[]> record, int partition) {
        send(new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers()));
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestKafka.shared().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "test-events-close"));
        }
        return producer;
    }
}
