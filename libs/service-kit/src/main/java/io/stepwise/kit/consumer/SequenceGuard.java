package io.stepwise.kit.consumer;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event's state to a local copy only if the event's sequence is above the stored one. One atomic upsert:
 * an older or repeated event either matches nothing and its insert collides with the existing id, or is ignored.
 */
public class SequenceGuard {

    public static final String SEQUENCE = "sequence";

    private final MongoTemplate mongo;

    public SequenceGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true if the state was stored, false if a newer or equal sequence was already there */
    public boolean storeIfNewer(String collection, String id, long sequence, Document state) {
        var olderOrAbsent = Query.query(Criteria.where("_id").is(id).and(SEQUENCE).lt(sequence));
        var update = new Update();
        state.forEach((field, value) -> {
            if (!"_id".equals(field)) {
                update.set(field, value);
            }
        });
        update.set(SEQUENCE, sequence);
        try {
            return mongo.upsert(olderOrAbsent, update, collection).getMatchedCount() > 0
                    || mongo.exists(Query.query(Criteria.where("_id").is(id).and(SEQUENCE).is(sequence)), collection);
        } catch (DuplicateKeyException newerAlreadyStored) {
            return false;
        }
    }
}
