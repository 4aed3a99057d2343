package io.stepwise.kit.outboxprobe;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.events.HasOutbox;
import io.stepwise.events.PendingEvent;
import io.stepwise.kit.outbox.OutboxSource;

/** A service with one aggregate and an outbox, the way catalog-service has treatments. */
@SpringBootApplication
public class OutboxProbeApplication {

    static final String TOPIC = "probe.notes.v1";

    @Bean
    OutboxSource noteOutbox() {
        return OutboxSource.of(Note.class);
    }

    @Bean
    NewTopic notesTopic() {
        return new NewTopic(TOPIC, 2, (short) 1);
    }

    @Document("notes")
    public static class Note implements HasOutbox {

        @Id
        private final String id;
        private final List<PendingEvent> pendingEvents;

        public Note(String id, List<PendingEvent> pendingEvents) {
            this.id = id;
            this.pendingEvents = new ArrayList<>(pendingEvents == null ? List.of() : pendingEvents);
        }

        @Override
        public String outboxKey() {
            return id;
        }

        @Override
        public List<PendingEvent> pendingEvents() {
            return pendingEvents;
        }
    }

    public record NoteWritten(String noteId, long sequence, String text) {
    }
}
