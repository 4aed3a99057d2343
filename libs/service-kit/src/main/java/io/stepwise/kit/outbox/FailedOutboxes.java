package io.stepwise.kit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * What an operator sees of outbox documents that FAILED, and the way to send them again once the cause is fixed.
 */
public class FailedOutboxes {

    /** The largest page of failed documents. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One FAILED outbox document.
     *
     * @param collection    the aggregate's collection, e.g. {@code treatments}
     * @param id            the aggregate id
     * @param attempts      failed attempts so far
     * @param lastError     the last failure's root cause, at most 500 characters
     * @param failedAt      when it was marked FAILED (UTC)
     * @param pendingEvents how many events wait in it
     * @param firstEvent    the CloudEvent type of the event that must go first
     */
    public record FailedDocument(String collection, String id, int attempts, String lastError, Instant failedAt,
            int pendingEvents, String firstEvent) {
    }

    private final OutboxDocuments documents;
    private final List<String> collections;
    private final OutboxRelay relay;
    private final Clock clock;

    FailedOutboxes(OutboxDocuments documents, List<String> collections, OutboxRelay relay, Clock clock) {
        this.documents = documents;
        this.collections = List.copyOf(collections);
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * One page of the FAILED documents of all this service's outboxes, most recent failure first, with their true
     * total. Each collection is asked for the first {@code offset + size} only: failed documents are few.
     */
    public Page<FailedDocument> page(Pageable page) {
        int wanted = (int) Math.min(page.getOffset() + page.getPageSize(), Integer.MAX_VALUE);
        var failed = new ArrayList<FailedDocument>();
        long total = 0;
        for (String collection : collections) {
            documents.failed(collection, wanted).forEach(document -> failed.add(describe(collection, document)));
            total += documents.failedDocuments(collection);
        }
        failed.sort(Comparator.comparing(FailedDocument::failedAt).reversed());
        int from = (int) Math.min(page.getOffset(), failed.size());
        int to = Math.min(from + page.getPageSize(), failed.size());
        return new PageImpl<>(failed.subList(from, to), page, total);
    }

    /**
     * Makes a FAILED document due again now, with a fresh attempt count, and wakes the relay.
     *
     * @throws UnknownFailedDocumentException if the collection has no outbox or the document is not FAILED
     */
    public void resubmit(String collection, String id) {
        if (!collections.contains(collection) || !documents.resubmit(collection, id, clock.instant())) {
            throw new UnknownFailedDocumentException(collection, id);
        }
        relay.wake();
    }

    private static FailedDocument describe(String collection, Document document) {
        Document outbox = document.get(OutboxFields.OUTBOX, Document.class);
        List<Document> pending = outbox.getList("pending", Document.class, List.of());
        Object failedAt = outbox.get("failedAt");
        return new FailedDocument(collection, String.valueOf(document.get("_id")), outbox.getInteger("attempts", 0),
                outbox.getString("lastError"), failedAt instanceof java.util.Date date ? date.toInstant() : null,
                pending.size(), pending.isEmpty() ? null : pending.getFirst().getString("type"));
    }
}
