package io.stepwise.testkit.architecture;

import org.junit.jupiter.api.Test;

/**
 * The architecture rules every service holds, as tests: a service's {@code ArchitectureTest} extends this with its
 * base package.
 */
public abstract class ServiceArchitectureTest {

    private final ServiceArchitecture service;

    protected ServiceArchitectureTest(String servicePackage) {
        this.service = ServiceArchitecture.of(servicePackage);
    }

    @Test
    void theDomainIsPlainJava() {
        service.assertDomainIsPlainJava();
    }

    @Test
    void documentsLiveInTheDomain() {
        service.assertDocumentsLiveInTheDomain();
    }

    @Test
    void noCyclesBetweenPackages() {
        service.assertNoCyclesBetweenPackages();
    }

    @Test
    void featuresTalkThroughTheirUseCases() {
        service.assertFeaturesTalkThroughTheirUseCases();
    }
}
