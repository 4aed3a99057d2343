package io.stepwise.plan.catalogreplica;

import static io.stepwise.events.catalog.CatalogVocabulary.namesOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.Invasiveness;
import io.stepwise.plan.catalogreplica.domain.Mode;
import io.stepwise.plan.catalogreplica.domain.SpecialistType;
import io.stepwise.plan.catalogreplica.domain.TreatmentStatus;
import io.stepwise.events.catalog.CatalogVocabulary;
import io.stepwise.interactions.Severity;

/** The replica reads every value the catalog may write: its enums are the contract's lists. */
class ReplicaVocabularyTest {

    @Test
    void theReplicasEnumsAreTheContractsValues() {
        assertThat(namesOf(TreatmentStatus.class)).isEqualTo(CatalogVocabulary.STATUSES);
        assertThat(namesOf(Category.class)).isEqualTo(CatalogVocabulary.CATEGORIES);
        assertThat(namesOf(Mode.class)).isEqualTo(CatalogVocabulary.MODES);
        assertThat(namesOf(Invasiveness.class)).isEqualTo(CatalogVocabulary.INVASIVENESS);
        assertThat(namesOf(SpecialistType.class)).isEqualTo(CatalogVocabulary.SPECIALIST_TYPES);
        assertThat(namesOf(Severity.class)).isEqualTo(CatalogVocabulary.SEVERITIES);
    }
}
