package io.stepwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.stepwise.testkit.architecture.DomainEventRoutes;

class CatalogEventRoutesTest {

    private final io.stepwise.kit.outbox.EventExternalization table = new CatalogEvents().catalogEventExternalization();

    @Test
    void everyDomainEventOfTheCatalogHasARowInItsExternalizationTable() {
        DomainEventRoutes.assertEveryEventIsRouted("io.stepwise.catalog", table.eventTypes());
    }

    @Test
    void anEventLeftOutOfTheTableIsFound() {
        var withoutRetired = table.eventTypes().stream()
                .filter(type -> !type.getSimpleName().equals("TreatmentRetired")).toList();
        assertThat(DomainEventRoutes.unrouted("io.stepwise.catalog", withoutRetired))
                .containsExactly("io.stepwise.catalog.treatment.domain.TreatmentEvent$TreatmentRetired");
    }
}
