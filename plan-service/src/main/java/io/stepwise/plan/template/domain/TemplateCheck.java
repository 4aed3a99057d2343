package io.stepwise.plan.template.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.template.domain.PlanTemplate.TemplateActivity;

/**
 * What a template may name: published treatments only; never a controlled substance (an opioid's dose is decided per
 * patient); and for each medication the catalog monitors, a review interval ({@code reviewAfterDays}).
 */
public final class TemplateCheck {

    private TemplateCheck() {
    }

    /**
     * In: the template and a lookup of the catalog replica by treatment id. Out: what is wrong, one line per
     * activity, in the template's order; empty when the template may be stored.
     */
    public static List<String> problems(PlanTemplate template, Function<String, Optional<ReplicatedTreatment>> catalog) {
        var problems = new ArrayList<String>();
        for (TemplateActivity activity : template.activities()) {
            var treatment = catalog.apply(activity.treatmentId()).filter(ReplicatedTreatment::isPublished);
            if (treatment.isEmpty()) {
                problems.add(activity.treatmentId() + " is not a published treatment of the catalog");
            } else if (treatment.get().flags().controlledSubstance()) {
                problems.add(activity.treatmentId() + " is a controlled substance: its dose is decided per patient, "
                        + "not in a template");
            } else if (treatment.get().category() == Category.MEDICATION
                    && treatment.get().flags().requiresMonitoring() && activity.reviewAfterDays() == null) {
                problems.add(activity.treatmentId() + " needs reviewAfterDays: medications are monitored");
            }
        }
        return problems;
    }
}
