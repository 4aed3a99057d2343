package io.stepwise.kit.outboxprobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.stepwise.kit.outbox.Outbox;
import io.stepwise.kit.outboxprobe.OutboxProbeApplication.Note;
import io.stepwise.kit.outboxprobe.OutboxProbeApplication.NoteWritten;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest(database = "kit-outbox", kafka = true)
class OutboxRelayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Notes notes;

    @Autowired
    Outbox outbox;

    @Autowired
    MongoTemplate mongo;

    private TopicReader reader;

    @BeforeEach
    void read() {
        reader = new TopicReader(TestKafka.shared().bootstrapServers(), OutboxProbeApplication.TOPIC);
    }

    @AfterEach
    void stopReading() {
        reader.close();
    }

    private Note noteWithEvents(int count) {
        var note = new Note(UUID.randomUUID().toString(), List.of());
        for (int sequence = 1; sequence <= count; sequence++) {
            outbox.append(note, "io.stepwise.probe.note.written", OutboxProbeApplication.TOPIC, sequence,
                    new NoteWritten(note.outboxKey(), sequence, "text " + sequence));
        }
        return notes.save(note);
    }

    private List<Object> storedPendingEvents(String id) {
        Document stored = mongo.findById(id, Document.class, "notes");
        return stored.getList("pendingEvents", Object.class);
    }

    @Test
    void publishesAnAggregatesEventsInOrderThenRemovesThemFromItsOutbox() {
        var note = noteWithEvents(3);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(note.outboxKey())).hasSize(3));
        var sequences = reader.withKey(note.outboxKey()).stream()
                .map(record -> JSON.readTree(record.value()).get("sequence").asLong()).toList();
        assertThat(sequences).containsExactly(1L, 2L, 3L);
        await().atMost(Duration.ofSeconds(10)).until(() -> storedPendingEvents(note.outboxKey()).isEmpty());
    }

    @Test
    void aDocumentKafkaRefusesStaysInItsOutboxWithoutHoldingBackTheOthers() {
        var refused = new Note(UUID.randomUUID().toString(), List.of());
        outbox.append(refused, "io.stepwise.probe.note.written", OutboxProbeApplication.TOPIC, 1,
                new NoteWritten(refused.outboxKey(), 1, "x".repeat(2_000_000)));
        notes.save(refused);
        var next = noteWithEvents(1);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(next.outboxKey())).hasSize(1));
        assertThat(storedPendingEvents(refused.outboxKey())).as("kept, for an operator to deal with").hasSize(1);
        assertThat(reader.withKey(refused.outboxKey())).isEmpty();
        notes.deleteById(refused.outboxKey());
    }

    @Test
    void anEventWhoseRemovalWasLostIsSentAgain() {
        var note = noteWithEvents(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> storedPendingEvents(note.outboxKey()).isEmpty());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(note.outboxKey())).hasSize(1));

        // As if the relay had crashed after Kafka acknowledged the event and before it was removed.
        var original = note.pendingEvents().getFirst();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(note.outboxKey())),
                new Update().push("pendingEvents", mongo.getConverter().convertToMongoType(original)), "notes");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(reader.withKey(note.outboxKey())).hasSize(2));
        var ids = reader.withKey(note.outboxKey()).stream().map(record -> TopicReader.header(record, "ce_id")).distinct().toList();
        assertThat(ids).as("the same event, sent twice").hasSize(1);
    }
}
