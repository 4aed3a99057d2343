package io.stepwise.plan.template.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.Invasiveness;
import io.stepwise.plan.catalogreplica.domain.Mode;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment.Flags;
import io.stepwise.plan.catalogreplica.domain.TreatmentStatus;
import io.stepwise.plan.template.domain.PlanTemplate.TemplateActivity;

class TemplateCheckTest {

    private static final Map<String, ReplicatedTreatment> CATALOG = Map.of(
            "tens", treatment("tens", Category.PHYSICAL_THERAPY, TreatmentStatus.PUBLISHED, false, false),
            "nsaid", treatment("nsaid", Category.MEDICATION, TreatmentStatus.PUBLISHED, true, false),
            "narcotic", treatment("narcotic", Category.MEDICATION, TreatmentStatus.PUBLISHED, true, true),
            "magnets", treatment("magnets", Category.COMPLEMENTARY, TreatmentStatus.RETIRED, false, false),
            "draft-thing", treatment("draft-thing", Category.COMPLEMENTARY, TreatmentStatus.DRAFT, false, false));

    private static ReplicatedTreatment treatment(String id, Category category, TreatmentStatus status,
            boolean monitored, boolean controlled) {
        return new ReplicatedTreatment(id, 1, 1, status, id, category, id, null, Mode.ACTIVE, Invasiveness.NONE,
                List.of(), List.of(), new Flags(monitored, controlled, false, false, false));
    }

    @ParameterizedTest(name = "{0}, review after {1} days -> {2}")
    @CsvSource(nullValues = "none", textBlock = """
            tens,        none, none
            nsaid,       28,   none
            nsaid,       none, needs reviewAfterDays
            narcotic,    28,   controlled substance
            magnets,     none, not a published treatment
            draft-thing, none, not a published treatment
            laetrile,    none, not a published treatment
            """)
    void aTemplateNamesPublishedTreatmentsNoOpioidAndAReviewForMedications(String treatmentId, Integer reviewAfterDays,
            String problem) {
        var template = new PlanTemplate("t", "T", null, List.of(new TemplateActivity(treatmentId, null, null,
                reviewAfterDays, null)), List.of(), List.of(), null);

        var problems = TemplateCheck.problems(template, id -> Optional.ofNullable(CATALOG.get(id)));

        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().asString().startsWith(treatmentId).contains(problem);
        }
    }
}
