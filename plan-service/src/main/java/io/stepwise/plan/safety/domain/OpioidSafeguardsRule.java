package io.stepwise.plan.safety.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.FindingSeverity;
import io.stepwise.plan.careplan.domain.OpioidSafeguards;
import io.stepwise.plan.careplan.domain.SafetyRuleId;

/**
 * OPIOID_SAFEGUARDS (CDC 2022 recommendations 2 and 7–9): before a live opioid leaves NOT_STARTED, and before a plan
 * with one is activated, a clinician documents the non-opioid therapies tried, a justification, that naloxone was
 * offered, the date the prescription drug monitoring program (PDMP) was checked (in the {@value #PDMP_WITHIN_DAYS}
 * days up to the record), and a review date in the safeguards within 4 weeks ({@value #REVIEW_WITHIN_DAYS} days) of the record. Anything missing blocks.
 */
final class OpioidSafeguardsRule implements SafetyRule {

    /** CDC 2022 rec. 7: evaluate benefits and risks within 1 to 4 weeks of starting opioid therapy. */
    static final int REVIEW_WITHIN_DAYS = 28;

    /** CDC 2022 rec. 9: review the PDMP before starting, and then at least every 3 months. */
    static final int PDMP_WITHIN_DAYS = 90;

    @Override
    public SafetyRuleId id() {
        return SafetyRuleId.OPIOID_SAFEGUARDS;
    }

    @Override
    public List<Finding> check(CarePlan plan, SafetyContext context) {
        var findings = new ArrayList<Finding>();
        for (Activity activity : plan.liveActivities()) {
            if (!activity.isOpioid()) {
                continue;
            }
            var missing = missing(activity.opioidSafeguards());
            if (!missing.isEmpty()) {
                findings.add(Finding.of(id(), FindingSeverity.BLOCK, List.of(activity.id()), "",
                        activity.treatment().name() + " needs opioid safeguards before it starts (CDC 2022 recs 2, "
                                + "7–9); missing: " + String.join("; ", missing)));
            }
        }
        return findings;
    }

    static List<String> missing(OpioidSafeguards safeguards) {
        if (safeguards == null) {
            return List.of("non-opioid therapies tried", "justification", "naloxone offered", "PDMP check",
                    "review within 4 weeks");
        }
        var missing = new ArrayList<String>();
        LocalDate recordedOn = safeguards.at() == null ? null : safeguards.at().atZone(ZoneOffset.UTC).toLocalDate();
        if (safeguards.nonOpioidTherapiesTried().isEmpty()) {
            missing.add("non-opioid therapies tried");
        }
        if (safeguards.justification() == null || safeguards.justification().isBlank()) {
            missing.add("justification");
        }
        if (!safeguards.naloxoneOffered()) {
            missing.add("naloxone offered");
        }
        if (safeguards.pdmpCheckedOn() == null || recordedOn != null && (safeguards.pdmpCheckedOn().isAfter(recordedOn)
                || safeguards.pdmpCheckedOn().isBefore(recordedOn.minusDays(PDMP_WITHIN_DAYS)))) {
            missing.add("PDMP check (within " + PDMP_WITHIN_DAYS + " days before this record)");
        }
        if (safeguards.reviewBy() == null || recordedOn != null && (safeguards.reviewBy().isBefore(recordedOn)
                || safeguards.reviewBy().isAfter(recordedOn.plusDays(REVIEW_WITHIN_DAYS)))) {
            missing.add("review within 4 weeks (the safeguards' reviewBy, at most " + REVIEW_WITHIN_DAYS
                    + " days after this record)");
        }
        return missing;
    }
}
