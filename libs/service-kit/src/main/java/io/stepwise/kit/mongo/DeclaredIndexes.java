package io.stepwise.kit.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Creates the indexes that {@code @Document} classes declare ({@code @Indexed}, {@code @CompoundIndex}, including
 * those of embedded values such as the outbox's), once at start-up before the service takes requests. Spring Data no
 * longer creates them by default; creating an index that exists is a no-op, so every instance may do it.
 */
public class DeclaredIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes.class);

    private final MongoTemplate mongo;

    public DeclaredIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var mappingContext = mongo.getConverter().getMappingContext();
        var resolver = IndexResolver.create(mappingContext);
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.isAnnotationPresent(Document.class)) {
                var indexes = mongo.indexOps(entity.getType());
                resolver.resolveIndexFor(entity.getTypeInformation()).forEach(index -> {
                    String name = indexes.createIndex(index);
                    log.debug("Index {} on {}", name, entity.getCollection());
                });
            }
        }
    }
}
