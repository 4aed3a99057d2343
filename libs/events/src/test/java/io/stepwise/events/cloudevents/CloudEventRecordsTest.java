package io.stepwise.events.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;


class CloudEventRecordsTest {

    private final EventEnvelope event = new EventEnvelope("evt-1", "io.stepwise.catalog.treatment.published",
            "catalog.treatments.v1", "tens", Instant.parse("2026-11-28T10:15:30Z"), "{\"treatmentId\":\"tens\"}");

    @Test
    void writesBinaryModeHeadersAndTheJsonPayload() {
        var record = CloudEventRecords.toRecord(event, URI.create("urn:stepwise:catalog-service"));

        assertThat(record.topic()).isEqualTo("catalog.treatments.v1");
        assertThat(record.key()).isEqualTo("tens");
        assertThat(header(record.headers().lastHeader("ce_id"))).isEqualTo("evt-1");
        assertThat(header(record.headers().lastHeader("ce_type"))).isEqualTo("io.stepwise.catalog.treatment.published");
        assertThat(header(record.headers().lastHeader("ce_source"))).isEqualTo("urn:stepwise:catalog-service");
        assertThat(header(record.headers().lastHeader("ce_specversion"))).isEqualTo("1.0");
        assertThat(header(record.headers().lastHeader("ce_subject"))).isEqualTo("tens");
        assertThat(header(record.headers().lastHeader("ce_time"))).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(header(record.headers().lastHeader("content-type"))).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"treatmentId\":\"tens\"}");
    }

    @Test
    void readsBackWhatItWrote() {
        var written = CloudEventRecords.toRecord(event, URI.create("urn:stepwise:catalog-service"));
        var consumed = new ConsumerRecord<>(written.topic(), 0, 7L, written.key(), written.value());
        written.headers().forEach(h -> consumed.headers().add(h));

        var received = CloudEventRecords.fromRecord(consumed);

        assertThat(received.id()).isEqualTo("evt-1");
        assertThat(received.type()).isEqualTo(event.type());
        assertThat(received.subject()).isEqualTo("tens");
        assertThat(received.time()).isEqualTo(event.time());
        assertThat(new String(received.data(), StandardCharsets.UTF_8)).isEqualTo(event.payload());
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsRejected() {
        var plain = new ConsumerRecord<>("catalog.treatments.v1", 1, 9L, "tens", "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventRecords.fromRecord(plain))
                .isInstanceOf(NotACloudEventException.class).hasMessageContaining("catalog.treatments.v1-1@9");
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
