package io.stepwise.plan;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.architecture.ServiceArchitecture;

/** The rules of io.stepwise.testkit.architecture, held against this service's production classes. */
class ArchitectureTest {

    private static final ServiceArchitecture service = ServiceArchitecture.of("io.stepwise.plan");

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
