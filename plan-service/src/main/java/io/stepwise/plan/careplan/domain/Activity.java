package io.stepwise.plan.careplan.domain;

import java.time.Instant;
import java.util.Objects;

import io.stepwise.plan.catalogreplica.domain.Category;

/**
 * One treatment option in the plan (FHIR CarePlan.activity) with the clinical records the safety rules ask for.
 *
 * @param clearance        the physician's clearance (complementary treatments), or null
 * @param riskBenefit      the risk/benefit discussion (procedures), or null
 * @param opioidSafeguards the opioid safeguards (controlled substances), or null
 */
public record Activity(String id, String treatmentId, TreatmentSnapshot treatment, ActivityStatus status,
        ActivityDetails details, Clearance clearance, RiskBenefitDiscussion riskBenefit,
        OpioidSafeguards opioidSafeguards, String addedBy, Instant addedAt) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(treatmentId, "treatmentId");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(status, "status");
        details = details == null ? ActivityDetails.NONE : details;
    }

    public boolean isLive() {
        return status.isLive();
    }

    public boolean is(Category category) {
        return treatment.category() == category;
    }

    public boolean isOpioid() {
        return treatment.flags().controlledSubstance();
    }

    public boolean isMedication() {
        return treatment.category() == Category.MEDICATION;
    }

    Activity withStatus(ActivityStatus next) {
        return new Activity(id, treatmentId, treatment, next, details, clearance, riskBenefit, opioidSafeguards, addedBy,
                addedAt);
    }

    Activity withClearance(Clearance record) {
        return new Activity(id, treatmentId, treatment, status, details, record, riskBenefit, opioidSafeguards, addedBy,
                addedAt);
    }

    Activity withRiskBenefit(RiskBenefitDiscussion record) {
        return new Activity(id, treatmentId, treatment, status, details, clearance, record, opioidSafeguards, addedBy,
                addedAt);
    }

    Activity withOpioidSafeguards(OpioidSafeguards record) {
        return new Activity(id, treatmentId, treatment, status, details, clearance, riskBenefit, record, addedBy,
                addedAt);
    }
}
