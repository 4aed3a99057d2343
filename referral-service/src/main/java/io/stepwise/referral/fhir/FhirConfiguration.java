package io.stepwise.referral.fhir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;

/** One {@link FhirContext} for the service: building it scans the R4 model (expensive); it is thread-safe. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FhirServerProperties.class)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
