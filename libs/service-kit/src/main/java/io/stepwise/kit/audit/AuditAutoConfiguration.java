package io.stepwise.kit.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request on patient data is audited, declared on its handler; see {@link Audited}. How the records reach Kafka
 * is {@code io.stepwise.kit.audit.publishing}.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PatientDataPaths.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    AuditTrail auditTrail(MongoTemplate mongo) {
        return new AuditTrail(mongo);
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    FilterRegistrationBean<PatientDataAuditFilter> patientDataAuditFilter(AuditTrail trail, PatientDataPaths paths,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
            ObjectProvider<Clock> clock, Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        var registration = new FilterRegistrationBean<>(new PatientDataAuditFilter(trail, service, paths, handlers,
                clock.getIfAvailable(Clock::systemUTC)));
        // After the correlation id, around Spring Security (which runs at -100), so that refusals are audited too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    AuditCoverage auditCoverage(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers,
            PatientDataPaths paths) {
        return new AuditCoverage(handlers, paths);
    }
}
