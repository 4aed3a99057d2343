package io.stepwise.referral;

import io.stepwise.testkit.architecture.ServiceArchitectureTest;

/** The rules of io.stepwise.testkit.architecture, held against this service's production classes. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("io.stepwise.referral");
    }
}
