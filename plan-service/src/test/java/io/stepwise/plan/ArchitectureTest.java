package io.stepwise.plan;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.DomainArchitecture;

class ArchitectureTest {

    @Test
    void theDomainIsPlainJava() {
        DomainArchitecture.assertDomainIsPlainJava("io.stepwise.plan");
    }
}
