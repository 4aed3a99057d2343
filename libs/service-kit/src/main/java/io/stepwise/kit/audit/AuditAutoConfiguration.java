package io.stepwise.kit.audit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

@AutoConfiguration(afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "io.stepwise.kit.outbox.OutboxAutoConfiguration"})
@ConditionalOnClass(MongoTemplate.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    AuditTrail auditTrail(MongoTemplate mongo, org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        return new AuditTrail(mongo, clock.getIfAvailable(Clock::systemUTC));
    }
}
