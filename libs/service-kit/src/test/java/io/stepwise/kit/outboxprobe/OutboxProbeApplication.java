package io.stepwise.kit.outboxprobe;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.kit.domain.DomainEvent;
import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.domain.HasOutbox;
import io.stepwise.kit.outbox.EventExternalization;
import io.stepwise.kit.outbox.OutboxSource;
import io.stepwise.kit.security.EndpointRules;

/** A service with one aggregate and an outbox, the way catalog-service has treatments. */
@SpringBootApplication
public class OutboxProbeApplication {

    static final String TOPIC = "probe.notes.v1";
    /** A topic that refuses records over 2 000 bytes until a test raises its limit. */
    static final String LIMITED_TOPIC = "probe.limited-notes.v1";

    @Bean
    OutboxSource noteOutbox() {
        return OutboxSource.of(Note.class);
    }

    @Bean
    EventExternalization probeEvents() {
        return EventExternalization.builder()
                .route(NoteWritten.class, "io.stepwise.probe.note.written", TOPIC, NoteWritten::noteId,
                        (event, sequence) -> new NoteWrittenPayload(event.noteId(), sequence, event.text()))
                .route(LimitedNoteWritten.class, "io.stepwise.probe.note.written", LIMITED_TOPIC,
                        LimitedNoteWritten::noteId,
                        (event, sequence) -> new NoteWrittenPayload(event.noteId(), sequence, event.text()))
                .build();
    }

    @Bean
    EndpointRules probeRules() {
        return requests -> { };
    }

    @Bean
    NewTopic notesTopic() {
        return new NewTopic(TOPIC, 2, (short) 1);
    }

    @Bean
    NewTopic limitedNotesTopic() {
        return new NewTopic(LIMITED_TOPIC, 1, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2000"));
    }

    @Document("notes")
    public static class Note implements HasOutbox {

        @Id
        private final String id;
        @Version
        private Long revision;
        private final EventOutbox outbox;

        @PersistenceCreator
        Note(String id, Long revision, EventOutbox outbox) {
            this.id = id;
            this.revision = revision;
            this.outbox = outbox == null ? EventOutbox.empty() : outbox;
        }

        public static Note create(String id) {
            return new Note(id, null, EventOutbox.empty());
        }

        public void write(String text) {
            outbox.record(new NoteWritten(id, text));
        }

        public void writeToTheLimitedTopic(String text) {
            outbox.record(new LimitedNoteWritten(id, text));
        }

        public void forget() {
            outbox.record(new NoteForgotten(id));
        }

        public String id() {
            return id;
        }

        @Override
        public EventOutbox outbox() {
            return outbox;
        }
    }

    public record NoteWritten(String noteId, String text) implements DomainEvent {
    }

    public record LimitedNoteWritten(String noteId, String text) implements DomainEvent {
    }

    /** An event nobody mapped: saving it must fail before anything is stored. */
    public record NoteForgotten(String noteId) implements DomainEvent {
    }

    public record NoteWrittenPayload(String noteId, long sequence, String text) {
    }
}
