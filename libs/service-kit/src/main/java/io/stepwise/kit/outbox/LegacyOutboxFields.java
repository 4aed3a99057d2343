package io.stepwise.kit.outbox;

import static io.stepwise.kit.outbox.OutboxFields.NEXT_ATTEMPT_AT;
import static io.stepwise.kit.outbox.OutboxFields.OUTBOX;
import static io.stepwise.kit.outbox.OutboxFields.PENDING;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Moves outbox state saved before the embedded outbox existed ({@code eventSequence} and {@code pendingEvents} at the
 * top of the aggregate) into {@code outbox}, once, at start-up. Without it an aggregate's sequence would start again
 * at 1 and every replica would ignore its next events as old ones.
 */
class LegacyOutboxFields implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LegacyOutboxFields.class);
    static final String LEGACY_SEQUENCE = "eventSequence";
    static final String LEGACY_PENDING = "pendingEvents";

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final Clock clock;

    LegacyOutboxFields(MongoTemplate mongo, List<String> collections, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        collections.forEach(this::migrate);
    }

    void migrate(String collection) {
        var legacy = Query.query(Criteria.where(LEGACY_SEQUENCE).exists(true).and(OUTBOX).exists(false));
        long moved = mongo.updateMulti(legacy, new Update().rename(LEGACY_SEQUENCE, OUTBOX + ".sequence")
                .rename(LEGACY_PENDING, PENDING).set(OUTBOX + ".attempts", 0), collection).getModifiedCount();
        if (moved > 0) {
            mongo.updateMulti(Query.query(Criteria.where(PENDING + ".0").exists(true).and(NEXT_ATTEMPT_AT).exists(false)),
                    new Update().set(NEXT_ATTEMPT_AT, clock.instant()), collection);
            log.info("Moved the outbox state of {} documents of {} into their embedded outbox", moved, collection);
        }
    }
}
