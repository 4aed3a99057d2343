package io.stepwise.catalog.treatment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.events.HasOutbox;
import io.stepwise.events.PendingEvent;

/**
 * A treatment option of the catalog. Its {@code version} rises with every published change; its {@code revision}
 * guards concurrent writers (and is the ETag); {@code eventSequence} numbers its events.
 */
@Document("treatments")
public class Treatment implements HasOutbox {

    @Id
    private final String id;
    private TreatmentDetails details;
    private TreatmentStatus status;
    private int version;
    private long eventSequence;
    @Version
    private Long revision;
    private final List<PendingEvent> pendingEvents;

    @PersistenceCreator
    Treatment(String id, TreatmentDetails details, TreatmentStatus status, int version, long eventSequence, Long revision,
            List<PendingEvent> pendingEvents) {
        this.id = id;
        this.details = details;
        this.status = status;
        this.version = version;
        this.eventSequence = eventSequence;
        this.revision = revision;
        this.pendingEvents = new ArrayList<>(pendingEvents == null ? List.of() : pendingEvents);
    }

    public static Treatment draft(String id, TreatmentDetails details) {
        return new Treatment(id, details, TreatmentStatus.DRAFT, 0, 0, null, List.of());
    }

    /** Publishes a draft; its first published version is 1. */
    public void publish() {
        require(TreatmentStatus.DRAFT, "publish");
        status = TreatmentStatus.PUBLISHED;
        version++;
    }

    /** Changes the details; a published treatment gets a new version, which care plans are told about. */
    public void revise(TreatmentDetails newDetails) {
        if (status == TreatmentStatus.RETIRED) {
            throw new IllegalTransitionException(id, status, "revise", TreatmentStatus.PUBLISHED);
        }
        details = newDetails;
        if (status == TreatmentStatus.PUBLISHED) {
            version++;
        }
    }

    public void retire() {
        require(TreatmentStatus.PUBLISHED, "retire");
        status = TreatmentStatus.RETIRED;
    }

    /** The sequence for the next event about this treatment. */
    public long nextEventSequence() {
        return ++eventSequence;
    }

    private void require(TreatmentStatus required, String action) {
        if (status != required) {
            throw new IllegalTransitionException(id, status, action, required);
        }
    }

    public String id() {
        return id;
    }

    public TreatmentDetails details() {
        return details;
    }

    public TreatmentStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public Long revision() {
        return revision;
    }

    public boolean isPublished() {
        return status == TreatmentStatus.PUBLISHED;
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
