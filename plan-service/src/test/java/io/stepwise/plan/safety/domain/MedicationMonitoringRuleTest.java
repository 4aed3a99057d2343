package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.activity;
import static io.stepwise.plan.careplan.domain.PlanFixtures.add;
import static io.stepwise.plan.careplan.domain.PlanFixtures.completeSafeguards;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.ActivityDetails;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.OpioidSafeguards;
import io.stepwise.plan.careplan.domain.PlanAdditions;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.SafetyRuleId;
import io.stepwise.plan.careplan.domain.TreatmentSnapshot;
import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment.Flags;

class MedicationMonitoringRuleTest {

    private final MedicationMonitoringRule rule = new MedicationMonitoringRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    /** The rules as they see the plan this many days after it was set up. */
    private static SafetyContext later(int days) {
        return new SafetyContext(List.of(), TODAY.plusDays(days));
    }

    @ParameterizedTest(name = "{0}, reviewBy today {1} days → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            nsaid                           | none | BLOCK
            muscle-relaxant                 | none | BLOCK
            antidepressant-nerve-stabilizer | none | BLOCK
            antiseizure-nerve-stabilizer    | none | BLOCK
            narcotic-pain-medication        | none | none
            nsaid                           |   14 | none
            nsaid                           |    0 | none
            nsaid                           |   -1 | WARNING
            narcotic-pain-medication        |   -1 | WARNING
            muscle-relaxant                 |  -30 | WARNING
            stretching-program              | none | none
            epidural-steroid-injection      | none | none
            acupuncture                     | none | none
            """)
    void aMedicationNeedsAReviewDateThatHasNotPassed(String treatmentId, Integer reviewInDays,
            FindingSeverity expected) {
        var plan = draftPlan();
        // A review date can only be set from today on; one that has passed is seen later, when today has moved on.
        int ahead = reviewInDays == null ? 0 : Math.max(reviewInDays, 0);
        add(plan, reviewInDays == null ? activity("a1", treatmentId) : reviewed("a1", treatmentId, TODAY.plusDays(ahead)));

        var findings = rule.check(plan, later(ahead - (reviewInDays == null ? 0 : reviewInDays)));

        if (expected == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo(SafetyRuleId.MEDICATION_MONITORING);
                assertThat(finding.severity()).isEqualTo(expected);
                assertThat(finding.activityIds()).containsExactly("a1");
            });
        }
    }

    @ParameterizedTest(name = "nsaid {0}")
    @CsvSource({"CANCELLED", "STOPPED", "COMPLETED"})
    void anEndedMedicationNeedsNoReview(String status) {
        assertThat(rule.check(plan("nsaid:" + status), context)).isEmpty();
    }

    @ParameterizedTest(name = "nsaid {0}")
    @CsvSource({"SCHEDULED", "IN_PROGRESS", "ON_HOLD"})
    void aLiveMedicationStillNeedsIt(String status) {
        assertThat(rule.check(plan("nsaid:" + status), context)).extracting(PlanFixtures::describe)
                .containsExactly("BLOCK a1");
    }

    @Test
    void eachMedicationIsFoundOnItsOwn() {
        var plan = draftPlan();
        add(plan, activity("a1", "nsaid"), reviewed("a2", "muscle-relaxant", TODAY.plusDays(7)),
                reviewed("a3", "antidepressant-nerve-stabilizer", TODAY));

        assertThat(rule.check(plan, later(1))).extracting(PlanFixtures::describe).containsExactly("BLOCK a1",
                "WARNING a3");
    }

    @Test
    void anOpioidsSafeguardsReviewDateCounts() {
        var plan = draftPlan();
        add(plan, activity("a1", "narcotic-pain-medication"));
        plan.recordOpioidSafeguards(CLINICIAN, "a1", completeSafeguards(), NOW, NO_FINDINGS);

        assertThat(rule.check(plan, context)).isEmpty();
    }

    @Test
    void anOpioidsOwnReviewDateComesBeforeTheSafeguards() {
        var plan = draftPlan();
        add(plan, reviewed("a1", "narcotic-pain-medication", TODAY));
        plan.recordOpioidSafeguards(CLINICIAN, "a1", completeSafeguards(), NOW, NO_FINDINGS);

        assertThat(rule.check(plan, later(1))).extracting(Finding::severity).containsExactly(FindingSeverity.WARNING);
    }

    @Test
    void anOpioidsMissingReviewDateIsLeftToTheOpioidSafeguardsRule() {
        var plan = draftPlan();
        add(plan, activity("a1", "narcotic-pain-medication"));
        var safeguards = completeSafeguards();
        plan.recordOpioidSafeguards(CLINICIAN, "a1", new OpioidSafeguards(safeguards.justification(),
                safeguards.nonOpioidTherapiesTried(), true, TODAY, null, null, null), NOW, NO_FINDINGS);

        assertThat(rule.check(plan, context)).isEmpty();
        assertThat(new OpioidSafeguardsRule().check(plan, context)).extracting(PlanFixtures::describe)
                .containsExactly("BLOCK a1");
    }

    @Test
    void aMedicationTheCatalogDoesNotMonitorNeedsNoReview() {
        var unmonitored = new TreatmentSnapshot("Topical cream", Category.MEDICATION, "topical", 1,
                new Flags(false, false, false, false, false));
        CarePlan plan = draftPlan();
        plan.add(CLINICIAN, PlanAdditions.activity(new NewActivity("a1", "topical-cream", unmonitored,
                ActivityDetails.NONE)), NOW, NO_FINDINGS);

        assertThat(rule.check(plan, context)).isEmpty();
    }
}
