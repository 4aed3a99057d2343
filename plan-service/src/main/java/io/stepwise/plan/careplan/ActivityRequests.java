package io.stepwise.plan.careplan;

import java.time.LocalDate;
import java.util.List;

import io.stepwise.kit.web.TextRules;
import io.stepwise.plan.careplan.domain.ActivityDetails;
import io.stepwise.plan.careplan.domain.ActivityStatus;
import io.stepwise.plan.careplan.domain.Opioid;
import io.stepwise.plan.careplan.domain.OpioidDose;
import io.stepwise.plan.careplan.domain.PatientDecision;
import io.stepwise.plan.careplan.domain.PlanRuleException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the activity endpoints. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    record AddActivity(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a treatment id")
            String treatmentId,
            @Valid Details details) {

        ActivityDetails activityDetails() {
            return details == null ? ActivityDetails.NONE : details.toDetails();
        }
    }

    /**
     * Medication details: dose and frequency in words and the review date; an opioid also its CDC name and either
     * {@code doseMg} (mg per dose) with {@code dosesPerDay}, or {@code doseMcgPerHour} for transdermal fentanyl.
     */
    record Details(
            @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String dose,
            @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String frequency,
            LocalDate reviewBy,
            @Min(1) @Max(200) Integer sessions,
            Opioid opioid,
            @DecimalMin("0.01") @DecimalMax("1000") Double doseMg,
            @Min(1) @Max(24) Integer dosesPerDay,
            @DecimalMin("0.1") @DecimalMax("1000") Double doseMcgPerHour) {

        ActivityDetails toDetails() {
            boolean opioidGiven = opioid != null || doseMg != null || dosesPerDay != null || doseMcgPerHour != null;
            if (opioidGiven && opioid == null) {
                throw new PlanRuleException("doseMg, dosesPerDay and doseMcgPerHour belong to an opioid: name it in "
                        + "opioid");
            }
            var opioidDose = opioidGiven ? new OpioidDose(opioid, doseMg, dosesPerDay, doseMcgPerHour) : null;
            return new ActivityDetails(dose, frequency, reviewBy, sessions, opioidDose);
        }
    }

    record StatusChange(@NotNull ActivityStatus status) {
    }

    record ClearanceRecord(
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String note) {
    }

    record RiskBenefitRecord(
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String risks,
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String benefits,
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String alternatives,
            @NotNull PatientDecision patientDecision,
            @NotNull Boolean secondOpinionOffered) {
    }

    record SafeguardsRecord(
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String justification,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE,
                    message = TextRules.MESSAGE) String> nonOpioidTherapiesTried,
            @NotNull Boolean naloxoneOffered,
            LocalDate pdmpCheckedOn,
            LocalDate reviewBy) {
    }
}
