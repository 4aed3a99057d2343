package io.stepwise.kit.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Settings every Stepwise service shares (virtual threads, health probes, no stack traces in errors, the log pattern
 * with the correlation id). Added last, so a service's own application.yml or the command line still wins.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "stepwise-service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("stepwiseServiceDefaults",
                    new ClassPathResource(RESOURCE, ServiceDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("service-kit is missing " + RESOURCE, e);
        }
    }
}
