package io.stepwise.catalog;

import static io.stepwise.events.catalog.CatalogVocabulary.namesOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.stepwise.catalog.treatment.domain.Category;
import io.stepwise.catalog.treatment.domain.Invasiveness;
import io.stepwise.catalog.treatment.domain.Mode;
import io.stepwise.catalog.treatment.domain.SpecialistType;
import io.stepwise.catalog.treatment.domain.TreatmentStatus;
import io.stepwise.events.catalog.CatalogVocabulary;
import io.stepwise.interactions.Severity;

/** The catalog writes only values its consumers know: its enums are the contract's lists. */
class CatalogVocabularyTest {

    @Test
    void theCatalogsEnumsAreTheContractsValues() {
        assertThat(namesOf(TreatmentStatus.class)).isEqualTo(CatalogVocabulary.STATUSES);
        assertThat(namesOf(Category.class)).isEqualTo(CatalogVocabulary.CATEGORIES);
        assertThat(namesOf(Mode.class)).isEqualTo(CatalogVocabulary.MODES);
        assertThat(namesOf(Invasiveness.class)).isEqualTo(CatalogVocabulary.INVASIVENESS);
        assertThat(namesOf(SpecialistType.class)).isEqualTo(CatalogVocabulary.SPECIALIST_TYPES);
        assertThat(namesOf(Severity.class)).isEqualTo(CatalogVocabulary.SEVERITIES);
    }
}
