package io.stepwise.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The baseline: one record produced (acks=all, idempotent, as the outbox relay does) and consumed, on the same broker. */
final class KafkaRoundTrip {

    private static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final String TOPIC = "bench.roundtrip";

    private KafkaRoundTrip() {
    }

    static Stats measure(int records) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
        }
        var partition = new TopicPartition(TOPIC, 0);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
             var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(Set.of(partition));
            consumer.seekToEnd(Set.of(partition));
            consumer.position(partition);
            var latencies = new ArrayList<Double>();
            for (int i = 0; i < records; i++) {
                long started = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, "bench", Integer.toString(i)));
                boolean received = false;
                while (!received) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        received |= record.value().equals(Integer.toString(i));
                    }
                }
                latencies.add((System.nanoTime() - started) / 1e6);
            }
            return Stats.of("raw Kafka produce → consume (baseline)", latencies);
        }
    }
}
