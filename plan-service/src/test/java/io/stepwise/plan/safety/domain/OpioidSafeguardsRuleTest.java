package io.stepwise.plan.safety.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.CLINICIAN;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NO_FINDINGS;
import static io.stepwise.plan.careplan.domain.PlanFixtures.NOW;
import static io.stepwise.plan.careplan.domain.PlanFixtures.TODAY;
import static io.stepwise.plan.careplan.domain.PlanFixtures.completeSafeguards;
import static io.stepwise.plan.careplan.domain.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.OpioidSafeguards;
import io.stepwise.plan.careplan.domain.PlanFixtures;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

class OpioidSafeguardsRuleTest {

    private static final String THERAPIES = "non-opioid therapies tried";
    private static final String PDMP = "PDMP check (within 90 days before this record)";
    private static final String REVIEW = "review within 4 weeks (the safeguards' reviewBy, at most 28 days after this "
            + "record)";

    private final OpioidSafeguardsRule rule = new OpioidSafeguardsRule();
    private final SafetyContext context = new SafetyContext(List.of(), TODAY);

    @Test
    void anOpioidWithoutSafeguardsIsBlockedForAllOfThem() {
        var findings = rule.check(plan("narcotic-pain-medication stretching-program"), context);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(SafetyRuleId.OPIOID_SAFEGUARDS);
            assertThat(finding.severity()).isEqualTo(FindingSeverity.BLOCK);
            assertThat(finding.activityIds()).containsExactly("a1");
            assertThat(finding.message()).endsWith("missing: " + String.join("; ", THERAPIES, "justification",
                    "naloxone offered", "PDMP check", "review within 4 weeks"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            everything documented | true  | Severe pain | true  |    0 |   14 | none
            PDMP a month before   | true  | Severe pain | true  |  -30 |   14 | none
            review the next day   | true  | Severe pain | true  |    0 |    1 | none
            review 28 days after  | true  | Severe pain | true  |    0 |   28 | none
            no therapies tried    | false | Severe pain | true  |    0 |   14 | non-opioid therapies tried
            no justification      | true  | none        | true  |    0 |   14 | justification
            a blank justification | true  | '  '        | true  |    0 |   14 | justification
            naloxone not offered  | true  | Severe pain | false |    0 |   14 | naloxone offered
            no PDMP check         | true  | Severe pain | true  | none |   14 | PDMP
            PDMP after the record | true  | Severe pain | true  |    1 |   14 | PDMP
            PDMP 90 days before   | true  | Severe pain | true  |  -90 |   14 | none
            PDMP 91 days before   | true  | Severe pain | true  |  -91 |   14 | PDMP
            no review date        | true  | Severe pain | true  |    0 | none | REVIEW
            review the day before | true  | Severe pain | true  |    0 |   -1 | REVIEW
            review 29 days after  | true  | Severe pain | true  |    0 |   29 | REVIEW
            review 8 weeks after  | true  | Severe pain | true  |    0 |   56 | REVIEW
            nothing but naloxone  | false | none        | true  | none | none | THERAPIES; justification; PDMP; REVIEW
            """)
    void eachSafeguardIsNeeded(String description, boolean therapiesTried, String justification, boolean naloxone,
            Integer pdmpDaysFromRecord, Integer reviewDaysFromRecord, String missing) {
        var plan = plan("narcotic-pain-medication");
        plan.recordOpioidSafeguards(CLINICIAN, "a1", new OpioidSafeguards(justification,
                therapiesTried ? List.of("NSAID", "physical therapy") : List.of(), naloxone,
                pdmpDaysFromRecord == null ? null : TODAY.plusDays(pdmpDaysFromRecord),
                reviewDaysFromRecord == null ? null : TODAY.plusDays(reviewDaysFromRecord), null, null), NOW,
                NO_FINDINGS);

        var findings = rule.check(plan, context);

        if (missing == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).extracting(PlanFixtures::describe).containsExactly("BLOCK a1");
            assertThat(findings.getFirst().message()).endsWith("missing: " + missing.replace("THERAPIES", THERAPIES)
                    .replace("PDMP", PDMP).replace("REVIEW", REVIEW));
        }
    }

    @Test
    void theReviewIsCountedFromTheDayTheSafeguardsAreRecorded() {
        var plan = plan("narcotic-pain-medication");
        var safeguards = completeSafeguards();
        var fourWeeksFromToday = new OpioidSafeguards(safeguards.justification(), safeguards.nonOpioidTherapiesTried(),
                true, TODAY, TODAY.plusDays(28), null, null);

        plan.recordOpioidSafeguards(CLINICIAN, "a1", fourWeeksFromToday, NOW.minusSeconds(86_400), NO_FINDINGS);

        assertThat(rule.check(plan, context)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).endsWith("missing: " + PDMP + "; " + REVIEW));
    }

    @Test
    void eachOpioidNeedsItsOwnSafeguards() {
        var plan = plan("narcotic-pain-medication narcotic-pain-medication");
        plan.recordOpioidSafeguards(CLINICIAN, "a1", completeSafeguards(), NOW, NO_FINDINGS);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe).containsExactly("BLOCK a2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            nsaid muscle-relaxant epidural-steroid-injection | none
            narcotic-pain-medication:CANCELLED              | none
            narcotic-pain-medication:STOPPED                | none
            narcotic-pain-medication:COMPLETED              | none
            narcotic-pain-medication:SCHEDULED              | BLOCK a1
            narcotic-pain-medication:ON_HOLD                | BLOCK a1
            """)
    void onlyLiveOpioidsNeedThem(String activities, String expected) {
        CarePlan plan = plan(activities);

        assertThat(rule.check(plan, context)).extracting(PlanFixtures::describe)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
