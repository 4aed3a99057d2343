package io.stepwise.testkit.architecture;

import static io.stepwise.testkit.architecture.Examples.classesOf;
import static io.stepwise.testkit.architecture.Examples.service;
import static io.stepwise.testkit.architecture.Examples.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainRulesTest {

    @Test
    void aDomainClassUsingAWebTypeOrASpringStereotypeIsReported() {
        var violations = violations(DomainRules.domainIsPlainJava(service("leakydomain")), "leakydomain");

        assertThat(violations).anySatisfy(line -> assertThat(line).contains("Order.asResponse()")
                .contains("org.springframework.http.ResponseEntity"));
        assertThat(violations).anySatisfy(line -> assertThat(line).contains("OrderStatus")
                .contains("org.springframework.stereotype.Service"));
        assertThat(violations).allSatisfy(line -> assertThat(line).doesNotContain("OrderLine"));
    }

    @Test
    void theFailureListsEveryViolation() {
        var rule = DomainRules.domainIsPlainJava(service("leakydomain"));

        assertThatThrownBy(() -> rule.check(classesOf("leakydomain"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("is plain Java").hasMessageContaining("ResponseEntity")
                .hasMessageContaining("org.springframework.stereotype.Service");
    }

    @Test
    void aDomainOfPlainJavaAndMappingAnnotationsPasses() {
        assertThat(violations(DomainRules.domainIsPlainJava(service("crossing")), "crossing")).isEmpty();
    }

    @Test
    void aServiceWithoutAnyDomainClassFails() {
        var rule = DomainRules.domainIsPlainJava(service("cyclic"));

        assertThatThrownBy(() -> rule.check(classesOf("cyclic"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void aDocumentOutsideTheDomainIsReported() {
        var violations = violations(DomainRules.documentsLiveInTheDomain(service("leakydomain")), "leakydomain");

        assertThat(violations).singleElement().asString().contains("OrderSnapshot");
    }

    @Test
    void aServiceWithoutDocumentsHasNothingToPlace() {
        assertThat(violations(DomainRules.documentsLiveInTheDomain(service("cyclic")), "cyclic")).isEmpty();
    }
}
