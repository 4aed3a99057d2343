package io.stepwise.events.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes in {@code ce_*} headers, the JSON payload as the record value.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(EventEnvelope event, URI source) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.key())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(event.topic(), event.key()).writeBinary(cloudEvent);
    }

    /** Reads a record's CloudEvent; throws {@link NotACloudEventException} if the headers do not make one. */
    public static ReceivedEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            byte[] data = event.getData() == null ? new byte[0] : event.getData().toBytes();
            return new ReceivedEvent(event.getId(), event.getType(), event.getSubject(), record.key(),
                    event.getTime() == null ? null : event.getTime().toInstant(), data);
        } catch (RuntimeException e) {
            throw new NotACloudEventException(record.topic(), record.partition(), record.offset(), e);
        }
    }
}
