package io.stepwise.kit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which relay instance may publish a document's events right now. Leases live in their own collection so that an
 * aggregate save (a whole-document replace) cannot erase them; a lease that was not released expires.
 */
class OutboxLeases {

    static final String COLLECTION = "outbox_leases";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String owner;
    private final Duration duration;

    OutboxLeases(MongoTemplate mongo, Clock clock, String owner, Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.owner = owner;
        this.duration = duration;
    }

    /** Takes the lease if nobody holds it or it has expired; findAndModify makes the take atomic. */
    boolean claim(String collection, Object documentId) {
        Instant now = clock.instant();
        var free = Query.query(Criteria.where("_id").is(leaseId(collection, documentId))
                .orOperator(Criteria.where("until").lt(now), Criteria.where("owner").is(owner)));
        var take = new Update().set("owner", owner).set("until", now.plus(duration));
        try {
            return mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    org.bson.Document.class, COLLECTION) != null;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release(String collection, Object documentId) {
        mongo.remove(Query.query(Criteria.where("_id").is(leaseId(collection, documentId)).and("owner").is(owner)),
                COLLECTION);
    }

    private static String leaseId(String collection, Object documentId) {
        return collection + "/" + documentId;
    }
}
