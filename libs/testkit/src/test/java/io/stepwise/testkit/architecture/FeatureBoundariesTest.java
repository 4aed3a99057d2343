package io.stepwise.testkit.architecture;

import static io.stepwise.testkit.architecture.Examples.classesOf;
import static io.stepwise.testkit.architecture.Examples.service;
import static io.stepwise.testkit.architecture.Examples.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureBoundariesTest {

    private static final List<String> violations =
            violations(FeatureBoundaries.featuresTalkThroughTheirUseCases(service("crossing")), "crossing");

    @Test
    void aFeatureUsingAnotherFeaturesRepositoryIsReported() {
        assertThat(violations).anySatisfy(line -> assertThat(line).contains("Lending.lendStraightFromTheShelf")
                .contains("Shelves.findById").contains("a Spring Data repository of feature shelf"));
    }

    @Test
    void aSeedIsAFeatureToo() {
        assertThat(violations).anySatisfy(line -> assertThat(line).contains("LibrarySeed")
                .contains("a Spring Data repository of feature shelf"));
    }

    @Test
    void aFeatureUsingAnotherFeaturesControllerIsReported() {
        assertThat(violations).anySatisfy(line -> assertThat(line).contains("Lending.askTheController")
                .contains("a controller of feature shelf"));
        assertThat(violations).anySatisfy(line -> assertThat(line).contains("LibraryConfiguration.shelfController")
                .contains("a controller of feature shelf"));
    }

    @Test
    void aTypeAnotherFeatureDoesNotMakePublicIsReported() {
        assertThat(violations).anySatisfy(line -> assertThat(line).contains("LendingCount.count")
                .contains("ShelfSupport$Catalogue").contains("a type feature shelf does not make public"));
    }

    @Test
    void theUseCaseServiceAndTheDomainOfAnotherFeatureAreFine() {
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains("ShelfDesk.get"));
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains("ShelfDesk>"));
        assertThat(violations).noneSatisfy(line -> assertThat(line).contains("<" + Examples.EXAMPLES
                + ".crossing.shelf.domain.Book>"));
    }

    @Test
    void aFeatureUsesItsOwnRepositoryFreely() {
        assertThat(violations).noneSatisfy(line -> assertThat(line).startsWith("Method <" + Examples.EXAMPLES
                + ".crossing.shelf.ShelfDesk"));
    }

    @Test
    void theFailureListsEveryViolation() {
        var rule = FeatureBoundaries.featuresTalkThroughTheirUseCases(service("crossing"));

        assertThatThrownBy(() -> rule.check(classesOf("crossing"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("talk to each other through their use-case services")
                .hasMessageContaining("Lending").hasMessageContaining("LibrarySeed")
                .hasMessageContaining("LendingCount");
    }
}
