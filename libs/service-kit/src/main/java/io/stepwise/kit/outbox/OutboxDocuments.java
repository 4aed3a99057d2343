package io.stepwise.kit.outbox;

import static io.stepwise.kit.outbox.OutboxFields.ATTEMPTS;
import static io.stepwise.kit.outbox.OutboxFields.FAILED_AT;
import static io.stepwise.kit.outbox.OutboxFields.LAST_ERROR;
import static io.stepwise.kit.outbox.OutboxFields.NEXT_ATTEMPT_AT;
import static io.stepwise.kit.outbox.OutboxFields.OUTBOX;
import static io.stepwise.kit.outbox.OutboxFields.PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.stepwise.kit.domain.PendingEvent;

/**
 * The relay's reads and writes of outbox state inside aggregate documents. Every write is a field update ({@code $pull},
 * {@code $set}) that leaves the aggregate's {@code @Version} alone, so it never makes a user's save fail.
 */
class OutboxDocuments {

    private static final int MAX_ERROR_LENGTH = 500;

    /** One document's outbox as the relay reads it after claiming the document. */
    record Outbox(Object id, int attempts, List<PendingEvent> pending) {
    }

    private final MongoTemplate mongo;

    OutboxDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The scan: ids of documents whose next attempt is due, earliest first; one indexed query, at most {@code limit}. */
    List<Object> due(String collection, Instant now, int limit) {
        var query = Query.query(Criteria.where(NEXT_ATTEMPT_AT).lte(now)).with(Sort.by(NEXT_ATTEMPT_AT)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(document -> document.get("_id")).toList();
    }

    Outbox read(String collection, Object id) {
        var query = byId(id);
        query.fields().include(PENDING).include(ATTEMPTS);
        Document document = mongo.findOne(query, Document.class, collection);
        if (document == null || !(document.get(OUTBOX) instanceof Document outbox)) {
            return new Outbox(id, 0, List.of());
        }
        var converter = mongo.getConverter();
        var events = new ArrayList<PendingEvent>();
        for (Object each : outbox.getList("pending", Object.class, List.of())) {
            events.add(converter.read(PendingEvent.class, (Document) each));
        }
        return new Outbox(id, outbox.getInteger("attempts", 0), events);
    }

    /**
     * Removes exactly what Kafka acknowledged; nothing stays due unless events were added meanwhile. Usually one write:
     * while the outbox still holds exactly these events it is emptied; if a save added events meanwhile, only the
     * sent ones are pulled and the document stays due.
     */
    void published(String collection, Object id, List<String> eventIds) {
        var unchanged = Query.query(Criteria.where("_id").is(id).and(PENDING).size(eventIds.size())
                .and(PENDING + "._id").all(eventIds));
        var emptied = new Update().set(PENDING, List.of()).set(ATTEMPTS, 0).unset(LAST_ERROR).unset(NEXT_ATTEMPT_AT);
        if (mongo.updateFirst(unchanged, emptied, collection).getMatchedCount() > 0) {
            return;
        }
        mongo.updateFirst(byId(id), new Update().pull(PENDING, Query.query(Criteria.where("_id").in(eventIds)))
                .set(ATTEMPTS, 0).unset(LAST_ERROR), collection);
        nothingDueIfEmpty(collection, id);
    }

    void nothingDueIfEmpty(String collection, Object id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(PENDING + ".0").exists(false)),
                new Update().unset(NEXT_ATTEMPT_AT), collection);
    }

    /** Records a failed attempt: due again after {@code retryAt}, or FAILED (not retried) when {@code retryAt} is null. */
    void attemptFailed(String collection, Object id, int attempts, String error, Instant now, Instant retryAt) {
        var update = new Update().set(ATTEMPTS, attempts).set(LAST_ERROR, truncate(error));
        if (retryAt == null) {
            update.set(FAILED_AT, now).unset(NEXT_ATTEMPT_AT);
        } else {
            update.set(NEXT_ATTEMPT_AT, retryAt);
        }
        mongo.updateFirst(byId(id), update, collection);
    }

    /** The FAILED documents of a collection, most recent failure first. */
    List<Document> failed(String collection, int limit) {
        var query = Query.query(Criteria.where(FAILED_AT).ne(null)).with(Sort.by(Sort.Direction.DESC, FAILED_AT))
                .limit(limit);
        query.fields().include("_id").include(OUTBOX);
        return mongo.find(query, Document.class, collection);
    }

    /** Makes a FAILED document due now with a fresh attempt count; false if it is not a FAILED document. */
    boolean resubmit(String collection, Object id, Instant now) {
        var failed = Query.query(Criteria.where("_id").is(id).and(FAILED_AT).ne(null));
        return mongo.updateFirst(failed, new Update().unset(FAILED_AT).unset(LAST_ERROR).set(ATTEMPTS, 0)
                .set(NEXT_ATTEMPT_AT, now), collection).getMatchedCount() > 0;
    }

    /**
     * Events waiting in a collection's outboxes. A document holds events only while it is due or FAILED, so the query
     * reads those two indexed fields instead of scanning the collection: the audit records' grows without end.
     */
    long pendingEvents(String collection) {
        var query = Query.query(new Criteria().orOperator(Criteria.where(NEXT_ATTEMPT_AT).exists(true),
                Criteria.where(FAILED_AT).exists(true)));
        query.fields().include(PENDING + "._id");
        long count = 0;
        for (Document document : mongo.find(query, Document.class, collection)) {
            count += document.get(OUTBOX, Document.class).getList("pending", Object.class, List.of()).size();
        }
        return count;
    }

    long failedDocuments(String collection) {
        return mongo.count(Query.query(Criteria.where(FAILED_AT).ne(null)), collection);
    }

    private static Query byId(Object id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH) + "…";
    }
}
