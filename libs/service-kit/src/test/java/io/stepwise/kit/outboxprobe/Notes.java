package io.stepwise.kit.outboxprobe;

import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.kit.outboxprobe.OutboxProbeApplication.Note;

public interface Notes extends MongoRepository<Note, String> {
}
