package io.stepwise.gateway;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.architecture.ServiceArchitecture;

/**
 * The rules of io.stepwise.testkit.architecture that apply to the gateway. It keeps no aggregates, so it has no domain
 * to hold to plain Java; any document it ever keeps must still live in a domain package.
 */
class ArchitectureTest {

    private static final ServiceArchitecture gateway = ServiceArchitecture.of("io.stepwise.gateway");

    @Test
    void documentsLiveInTheDomain() {
        gateway.assertDocumentsLiveInTheDomain();
    }

    @Test
    void noCyclesBetweenPackages() {
        gateway.assertNoCyclesBetweenPackages();
    }

    @Test
    void featuresTalkThroughTheirUseCases() {
        gateway.assertFeaturesTalkThroughTheirUseCases();
    }
}
