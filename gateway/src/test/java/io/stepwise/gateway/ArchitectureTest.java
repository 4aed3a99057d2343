package io.stepwise.gateway;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.architecture.ServiceArchitecture;

/** The rules of io.stepwise.testkit.architecture that apply to the gateway, which keeps no aggregates. */
class ArchitectureTest {

    private static final ServiceArchitecture gateway = ServiceArchitecture.of("io.stepwise.gateway");

    @Test
    void noCyclesBetweenPackages() {
        gateway.assertNoCyclesBetweenPackages();
    }

    @Test
    void featuresTalkThroughTheirUseCases() {
        gateway.assertFeaturesTalkThroughTheirUseCases();
    }
}
