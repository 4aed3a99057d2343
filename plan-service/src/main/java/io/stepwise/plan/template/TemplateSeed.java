package io.stepwise.plan.template;

import static io.stepwise.plan.careplan.domain.Aim.IMPROVE_QUALITY_OF_LIFE;
import static io.stepwise.plan.careplan.domain.Aim.INCREASE_FUNCTION;
import static io.stepwise.plan.careplan.domain.Aim.REDUCE_PAIN;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.stepwise.plan.careplan.domain.ReferralPriority;
import io.stepwise.plan.careplan.domain.Specialty;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;
import io.stepwise.plan.template.domain.PlanTemplate;
import io.stepwise.plan.template.domain.PlanTemplate.TemplateActivity;
import io.stepwise.plan.template.domain.PlanTemplate.TemplateGoal;
import io.stepwise.plan.template.domain.PlanTemplate.TemplateReferral;

/**
 * Seeds three illustrative stepped-care templates from the seed text on first start (a clinic edits or deletes them;
 * a template it deleted comes back only on an empty database). Illustrative content, not medical advice: doses are
 * placeholders for the prescriber to set.
 */
@Component
class TemplateSeed implements ApplicationRunner {

    static final String NOTICE = "Illustrative template, not medical advice: the clinic adapts it to each patient. ";
    private static final Logger log = LoggerFactory.getLogger(TemplateSeed.class);

    private final TemplateLibrary library;

    TemplateSeed(TemplateLibrary library) {
        this.library = library;
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = templates().stream().filter(library::seed).count();
        if (stored > 0) {
            log.info("Seeded {} illustrative plan templates", stored);
        }
    }

    static List<PlanTemplate> templates() {
        return List.of(activeStart(), multimodal(), interventionalReview());
    }

    /** Step 1 of the seed: learn, move, keep moving at home, and an anti-inflammatory. */
    private static PlanTemplate activeStart() {
        return new PlanTemplate("active-start", "Active start",
                NOTICE + "Education, stretching and strengthening, a home exercise program the patient continues "
                        + "alone, and an NSAID reviewed within four weeks.",
                List.of(activity("patient-education"), therapy("stretching-program", 6),
                        therapy("strengthening-program", 6), activity("home-exercise-program"),
                        new TemplateActivity("nsaid", "as prescribed", "as prescribed", 28, null)),
                List.of(new TemplateGoal(REDUCE_PAIN, Measure.PEG, GoalTarget.atMost(4), 84),
                        new TemplateGoal(INCREASE_FUNCTION, Measure.ODI, GoalTarget.changeFromBaselinePercent(-30), 84)),
                List.of(), null);
    }

    /** Step 2: add coping skills with a specialist and a nerve stabilizer to the active program. */
    private static PlanTemplate multimodal() {
        return new PlanTemplate("multimodal", "Multimodal",
                NOTICE + "The active program plus coping-skills training with a psychologist and an antidepressant "
                        + "nerve stabilizer reviewed within four weeks.",
                List.of(activity("patient-education"), therapy("strengthening-program", 8),
                        activity("home-exercise-program"), activity("coping-skills-anxiety"),
                        new TemplateActivity("antidepressant-nerve-stabilizer", "as prescribed", "as prescribed", 28,
                                null)),
                List.of(new TemplateGoal(REDUCE_PAIN, Measure.NRS, GoalTarget.changeFromBaselinePercent(-30), 84),
                        new TemplateGoal(IMPROVE_QUALITY_OF_LIFE, Measure.PHQ9, GoalTarget.atMost(9), 84)),
                List.of(), null);
    }

    /** Step 3: consider an injection only after weighing risks and benefits, with a second opinion. */
    private static PlanTemplate interventionalReview() {
        return new PlanTemplate("interventional-review", "Interventional review",
                NOTICE + "An epidural steroid injection, which needs a documented risk/benefit discussion before it is "
                        + "scheduled, a second-opinion referral, and the home exercise program alongside.",
                List.of(activity("epidural-steroid-injection"), activity("home-exercise-program")),
                List.of(new TemplateGoal(INCREASE_FUNCTION, Measure.ODI, GoalTarget.atMost(40), 56)),
                List.of(new TemplateReferral(Specialty.SECOND_OPINION_PHYSICIAN,
                        "Second opinion before an epidural steroid injection", ReferralPriority.ROUTINE)),
                null);
    }

    private static TemplateActivity activity(String treatmentId) {
        return new TemplateActivity(treatmentId, null, null, null, null);
    }

    private static TemplateActivity therapy(String treatmentId, int sessions) {
        return new TemplateActivity(treatmentId, null, null, null, sessions);
    }
}
