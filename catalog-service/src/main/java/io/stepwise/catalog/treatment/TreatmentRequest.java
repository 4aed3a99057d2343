package io.stepwise.catalog.treatment;

import java.util.List;

import io.stepwise.kit.web.TextRules;
import jakarta.validation.Valid;
import io.stepwise.catalog.treatment.domain.Category;
import io.stepwise.catalog.treatment.domain.Invasiveness;
import io.stepwise.catalog.treatment.domain.Mode;
import io.stepwise.catalog.treatment.domain.SafetyFlags;
import io.stepwise.catalog.treatment.domain.SpecialistType;
import io.stepwise.catalog.treatment.domain.TreatmentDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A treatment as a clinic admin sends it. {@code id} is optional when creating (a readable slug of the name is made
 * when it is missing) and ignored when revising.
 */
record TreatmentRequest(
        @Size(min = 1, max = 80) @Pattern(regexp = SLUG, message = "must be a lowercase slug such as dry-needling") String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String name,
        @NotNull Category category,
        @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = "must be a lowercase slug such as muscle-relaxant") String kind,
        @Size(max = 4000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String description,
        @NotNull Mode mode,
        @NotNull Invasiveness invasiveness,
        @Size(max = 20) List<@NotNull SpecialistType> deliveredBy,
        @Size(max = 50) List<@NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE,
                message = TextRules.MESSAGE) String> sideEffects,
        @NotNull @Valid Flags flags) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The safety flags the plan's rules read: each must be sent, true or false; none defaults silently. */
    record Flags(@NotNull Boolean requiresMonitoring, @NotNull Boolean controlledSubstance,
            @NotNull Boolean requiresRiskBenefitDiscussion, @NotNull Boolean requiresPhysicianClearance,
            @NotNull Boolean homeExerciseProgram) {
    }

    TreatmentDetails details() {
        return new TreatmentDetails(name.strip(), category, kind, description, mode, invasiveness, deliveredBy, sideEffects,
                new SafetyFlags(flags.requiresMonitoring(), flags.controlledSubstance(),
                        flags.requiresRiskBenefitDiscussion(), flags.requiresPhysicianClearance(),
                        flags.homeExerciseProgram()));
    }
}
