package io.stepwise.kit.mongo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The service's own database: declared indexes created at start-up, and a health check that works on any server. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class MongoIndexesAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    DeclaredIndexes declaredIndexes(MongoTemplate mongo) {
        return new DeclaredIndexes(mongo);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {

        /** Named so that Boot's {@code hello}-based indicator steps aside. */
        @Bean(name = "mongoHealthContributor")
        @ConditionalOnBean(MongoTemplate.class)
        MongoPingHealth mongoHealthContributor(MongoTemplate mongo) {
            return new MongoPingHealth(mongo);
        }
    }
}
