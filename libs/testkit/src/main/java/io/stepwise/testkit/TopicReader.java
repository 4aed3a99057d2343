package io.stepwise.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A plain Kafka consumer, as any other team's service would use, that collects everything on some topics. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean open = true;

    public TopicReader(String bootstrapServers, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
        poller = Thread.ofPlatform().daemon().name("topic-reader").start(this::poll);
    }

    private void poll() {
        while (open) {
            try {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                break;
            }
        }
        consumer.close();
    }

    public List<ConsumerRecord<String, byte[]>> records() {
        return new ArrayList<>(records);
    }

    public List<ConsumerRecord<String, byte[]>> withKey(String key) {
        return records().stream().filter(record -> key.equals(record.key())).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
