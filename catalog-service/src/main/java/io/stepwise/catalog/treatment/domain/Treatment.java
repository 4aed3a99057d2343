package io.stepwise.catalog.treatment.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentPublished;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentRetired;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentRevised;
import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.domain.HasOutbox;

/**
 * A treatment option of the catalog. Its {@code version} rises with every published change; its {@code revision}
 * guards concurrent writers (and is the ETag). Publishing, revising a published treatment and retiring each record
 * a {@link TreatmentEvent} in its outbox.
 */
@Document("treatments")
public class Treatment implements HasOutbox {

    @Id
    private final String id;
    private TreatmentDetails details;
    private TreatmentStatus status;
    private int version;
    @Version
    private Long revision;
    private final EventOutbox outbox;

    @PersistenceCreator
    Treatment(String id, TreatmentDetails details, TreatmentStatus status, int version, Long revision,
            EventOutbox outbox) {
        this.id = id;
        this.details = details;
        this.status = status;
        this.version = version;
        this.revision = revision;
        this.outbox = outbox == null ? EventOutbox.empty() : outbox;
    }

    /** A new, unpublished treatment: nothing is told to other services until it is published. */
    public static Treatment draft(String id, TreatmentDetails details) {
        return new Treatment(id, details, TreatmentStatus.DRAFT, 0, null, EventOutbox.empty());
    }

    /** Publishes a draft; its first published version is 1. */
    public void publish() {
        require(TreatmentStatus.DRAFT, "publish");
        status = TreatmentStatus.PUBLISHED;
        version++;
        outbox.record(new TreatmentPublished(id, status, version, details));
    }

    /** Changes the details; a published treatment gets a new version, which care plans are told about. */
    public void revise(TreatmentDetails newDetails) {
        if (status == TreatmentStatus.RETIRED) {
            throw new IllegalTransitionException(id, status, "revise", "DRAFT or PUBLISHED");
        }
        details = newDetails;
        if (status == TreatmentStatus.PUBLISHED) {
            version++;
            outbox.record(new TreatmentRevised(id, status, version, details));
        }
    }

    public void retire() {
        require(TreatmentStatus.PUBLISHED, "retire");
        status = TreatmentStatus.RETIRED;
        outbox.record(new TreatmentRetired(id, status, version, details));
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
    public EventOutbox outbox() {
        return outbox;
    }
}
