package io.stepwise.testkit.architecture;

import static io.stepwise.testkit.architecture.Examples.classesOf;
import static io.stepwise.testkit.architecture.Examples.service;
import static io.stepwise.testkit.architecture.Examples.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void aCycleBetweenTwoPackagesIsReportedWithTheDependenciesThatMakeIt() {
        var violations = violations(PackageCycles.noCyclesBetweenPackages(service("cyclic")), "cyclic");

        assertThat(violations).singleElement().asString()
                .contains("Slice security", "Slice web")
                .contains("ProblemResponses.problem", "CorrelationIdWebFilter.of")
                .contains("ProblemErrorHandler.handle")
                .doesNotContain("Slice me");
    }

    @Test
    void theFailureNamesTheCycle() {
        var rule = PackageCycles.noCyclesBetweenPackages(service("cyclic"));

        assertThatThrownBy(() -> rule.check(classesOf("cyclic"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("free of cycles").hasMessageContaining("Cycle detected");
    }

    @Test
    void packagesThatDependOneWayPass() {
        assertThat(violations(PackageCycles.noCyclesBetweenPackages(service("crossing")), "crossing")).isEmpty();
    }
}
