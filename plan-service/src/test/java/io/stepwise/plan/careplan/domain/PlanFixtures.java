package io.stepwise.plan.careplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewReferral;
import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment.Flags;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;

/**
 * Plans, treatments like the seeded catalog's, staff and interaction rules for the care-plan and safety-rule tests.
 * Plans are built through the aggregate's own methods; {@link #NO_FINDINGS} keeps the safety rules out of the way
 * while a plan is set up.
 */
public final class PlanFixtures {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final String PLAN_ID = "plan-1";
    public static final PatientSummary PATIENT = new PatientSummary("patient-1", "Ada", "Moss",
            LocalDate.of(1970, 5, 4));

    public static final String TREATING_PHYSICIAN = "dr-lee";
    public static final Actor CLINICIAN = Actor.of(TREATING_PHYSICIAN, StaffRole.CLINICIAN);
    public static final Actor OTHER_CLINICIAN = Actor.of("dr-park", StaffRole.CLINICIAN);
    public static final Actor COORDINATOR = Actor.of("cc-kim", StaffRole.CARE_COORDINATOR);
    public static final Actor CLINIC_ADMIN = Actor.of("admin-ray", StaffRole.CLINIC_ADMIN);

    /** A safety check that finds nothing: for setting a plan up without its rules in the way. */
    public static final SafetyCheck NO_FINDINGS = plan -> List.of();

    public static final InteractionRule NARCOTIC_WITH_MUSCLE_RELAXANT = new InteractionRule("narcotic-muscle-relaxant",
            RuleSubject.treatment("narcotic-pain-medication"), RuleSubject.treatment("muscle-relaxant"), Severity.MAJOR,
            "Both can cause sedation");
    public static final InteractionRule TENS_WITH_STIMULATOR = new InteractionRule("tens-stimulator",
            RuleSubject.treatment("tens"), RuleSubject.treatment("spinal-cord-stimulator"), Severity.CONTRAINDICATED,
            "External stimulation may interfere with an implanted stimulator");
    public static final InteractionRule MAGNETS_WITH_STIMULATOR = new InteractionRule("magnets-stimulator",
            RuleSubject.kind("magnets"), RuleSubject.treatment("spinal-cord-stimulator"), Severity.CONTRAINDICATED,
            "Magnets may interfere with an implanted stimulator");
    public static final InteractionRule MUSCLE_RELAXANT_WITH_ANTIDEPRESSANT = new InteractionRule(
            "muscle-relaxant-antidepressant", RuleSubject.treatment("muscle-relaxant"),
            RuleSubject.treatment("antidepressant-nerve-stabilizer"), Severity.MODERATE,
            "Sedating effects may add together");
    public static final InteractionRule TWO_NSAIDS = new InteractionRule("nsaid-nsaid", RuleSubject.kind("nsaid"),
            RuleSubject.kind("nsaid"), Severity.MAJOR, "Two NSAIDs duplicate the same therapy");
    public static final List<InteractionRule> INTERACTION_RULES = List.of(NARCOTIC_WITH_MUSCLE_RELAXANT,
            TENS_WITH_STIMULATOR, MAGNETS_WITH_STIMULATOR, MUSCLE_RELAXANT_WITH_ANTIDEPRESSANT, TWO_NSAIDS);

    private static final Map<String, TreatmentSnapshot> CATALOG = new LinkedHashMap<>();

    static {
        var none = new Flags(false, false, false, false, false);
        var monitored = new Flags(true, false, false, false, false);
        var procedure = new Flags(false, false, true, false, false);
        var complementary = new Flags(false, false, false, true, false);
        put("patient-education", "Patient education", Category.PHYSICAL_THERAPY, "patient-education", none);
        put("stretching-program", "Stretching program", Category.PHYSICAL_THERAPY, "stretching", none);
        put("strengthening-program", "Strengthening program", Category.PHYSICAL_THERAPY, "strengthening", none);
        put("manual-therapy", "Manual therapy", Category.PHYSICAL_THERAPY, "manual-therapy", none);
        put("tens", "TENS", Category.PHYSICAL_THERAPY, "modality", none);
        put("home-exercise-program", "Home exercise program (HEP)", Category.PHYSICAL_THERAPY,
                "home-exercise-program", new Flags(false, false, false, false, true));
        put("nsaid", "NSAID", Category.MEDICATION, "nsaid", monitored);
        put("muscle-relaxant", "Muscle relaxant", Category.MEDICATION, "muscle-relaxant", monitored);
        put("antidepressant-nerve-stabilizer", "Nerve stabilizer - antidepressant", Category.MEDICATION,
                "nerve-stabilizer-antidepressant", monitored);
        put("antiseizure-nerve-stabilizer", "Nerve stabilizer - antiseizure", Category.MEDICATION,
                "nerve-stabilizer-antiseizure", monitored);
        put("narcotic-pain-medication", "Narcotic (opioid) pain medication", Category.MEDICATION, "narcotic",
                new Flags(true, true, false, false, false));
        put("coping-skills-anxiety", "Coping skills for anxiety", Category.COPING_SKILLS, "coping-skills", none);
        put("coping-skills-depression", "Coping skills for depression", Category.COPING_SKILLS, "coping-skills",
                none);
        put("epidural-steroid-injection", "Epidural steroid injection", Category.PROCEDURE, "injection", procedure);
        put("spinal-cord-stimulator", "Spinal cord stimulator", Category.PROCEDURE, "implantable-device", procedure);
        put("spine-surgery", "Spine surgery", Category.PROCEDURE, "surgery", procedure);
        put("acupuncture", "Acupuncture", Category.COMPLEMENTARY, "acupuncture", complementary);
        put("magnet-therapy", "Magnet therapy", Category.COMPLEMENTARY, "magnets", complementary);
    }

    private PlanFixtures() {
    }

    private static void put(String id, String name, Category category, String kind, Flags flags) {
        CATALOG.put(id, new TreatmentSnapshot(name, category, kind, 1, flags));
    }

    /** The seeded treatment with this id. */
    public static TreatmentSnapshot treatment(String treatmentId) {
        var snapshot = CATALOG.get(treatmentId);
        if (snapshot == null) {
            throw new IllegalArgumentException("No such treatment in the fixtures: " + treatmentId);
        }
        return snapshot;
    }

    /** The treatment without details, except a narcotic, which gets a small dose (morphine 10 mg twice a day). */
    public static NewActivity activity(String activityId, String treatmentId) {
        var details = treatment(treatmentId).flags().controlledSubstance()
                ? dosed(new OpioidDose(Opioid.MORPHINE, 10.0, 2, null))
                : ActivityDetails.NONE;
        return activity(activityId, treatmentId, details);
    }

    public static NewActivity activity(String activityId, String treatmentId, ActivityDetails details) {
        return new NewActivity(activityId, treatmentId, treatment(treatmentId), details);
    }

    /** A medication with a review date. */
    public static NewActivity reviewed(String activityId, String treatmentId, LocalDate reviewBy) {
        var details = treatment(treatmentId).flags().controlledSubstance()
                ? dosed(new OpioidDose(Opioid.MORPHINE, 10.0, 2, null)).withReviewBy(reviewBy)
                : new ActivityDetails("1 tablet", "twice a day", reviewBy, null, null);
        return activity(activityId, treatmentId, details);
    }

    /** The narcotic at this dose (no review date in its details). */
    public static NewActivity opioid(String activityId, OpioidDose dose) {
        return activity(activityId, "narcotic-pain-medication", dosed(dose));
    }

    public static OpioidDose oral(Opioid opioid, double doseMg, int dosesPerDay) {
        return new OpioidDose(opioid, doseMg, dosesPerDay, null);
    }

    private static ActivityDetails dosed(OpioidDose dose) {
        return new ActivityDetails("as prescribed", "as prescribed", null, null, dose);
    }

    /** Everything the opioid safeguards ask for, the PDMP checked today and a review in two weeks. */
    public static OpioidSafeguards completeSafeguards() {
        return new OpioidSafeguards("Severe pain despite other treatment", List.of("NSAID", "physical therapy"), true,
                TODAY, TODAY.plusWeeks(2), null, null);
    }

    public static NewGoal measurableGoal(String goalId) {
        return new NewGoal(goalId, Aim.REDUCE_PAIN, Measure.NRS, GoalTarget.atMost(4), TODAY.plusWeeks(12));
    }

    public static NewReferral referralTo(Specialty specialty) {
        return new NewReferral(specialty, "Referred by hand", ReferralPriority.ROUTINE);
    }

    /** A DRAFT plan of {@link #PATIENT} with {@link #TREATING_PHYSICIAN}, drafted by that clinician. */
    public static CarePlan draftPlan() {
        return draftPlan(PLAN_ID);
    }

    public static CarePlan draftPlan(String planId) {
        return CarePlan.draft(planId, PATIENT, "Low back pain, multimodal", TREATING_PHYSICIAN, CLINICIAN, NOW,
                NO_FINDINGS);
    }

    /**
     * A plan with one activity per token, the ids a1, a2, … in order. A token is a treatment id, optionally with the
     * status to move the activity to ({@code nsaid:STOPPED}); when any activity is to move, the plan is activated
     * first. No goals are set.
     */
    public static CarePlan plan(String spec) {
        var plan = draftPlan();
        var tokens = spec.isBlank() ? List.<String>of() : List.of(spec.trim().split("\\s+"));
        var activities = new ArrayList<NewActivity>();
        for (int i = 0; i < tokens.size(); i++) {
            activities.add(activity("a" + (i + 1), tokens.get(i).split(":")[0]));
        }
        add(plan, activities.toArray(NewActivity[]::new));
        if (tokens.stream().anyMatch(token -> token.contains(":"))) {
            apply(plan, PlanAction.ACTIVATE);
        }
        for (int i = 0; i < tokens.size(); i++) {
            String[] parts = tokens.get(i).split(":");
            if (parts.length > 1) {
                moveTo(plan, "a" + (i + 1), ActivityStatus.valueOf(parts[1]));
            }
        }
        return plan;
    }

    /** Adds the activities as the treating physician, without safety findings. */
    public static void add(CarePlan plan, NewActivity... activities) {
        plan.add(CLINICIAN, new PlanAdditions(List.of(), List.of(activities), List.of()), NOW, NO_FINDINGS);
    }

    public static void addGoal(CarePlan plan, NewGoal goal) {
        plan.add(CLINICIAN, PlanAdditions.goal(goal), NOW, NO_FINDINGS);
    }

    /** Changes the plan's status as the treating physician, without safety findings. */
    public static void apply(CarePlan plan, PlanAction... actions) {
        for (PlanAction action : actions) {
            plan.apply(CLINICIAN, action, NOW, NO_FINDINGS);
        }
    }

    /** Moves an activity to the status by the shortest legal path (the plan must be ACTIVE to start it). */
    public static void moveTo(CarePlan plan, String activityId, ActivityStatus status) {
        for (ActivityStatus step : pathTo(status)) {
            plan.changeActivityStatus(CLINICIAN, activityId, step, NOW, NO_FINDINGS);
        }
    }

    /** The statuses an activity passes through from NOT_STARTED to reach this one. */
    public static List<ActivityStatus> pathTo(ActivityStatus status) {
        return switch (status) {
            case NOT_STARTED -> List.of();
            case SCHEDULED, IN_PROGRESS, CANCELLED -> List.of(status);
            case ON_HOLD, COMPLETED, STOPPED -> List.of(ActivityStatus.IN_PROGRESS, status);
        };
    }

    /** What referral-service would publish for this referral. */
    public static ReferralUpdate referralUpdate(String referralId, long sequence, ReferralStatus status) {
        return new ReferralUpdate(referralId, sequence, status, "Partner clinic", null, null, null, NOW);
    }

    /** "BLOCK a1 a2": a finding's severity and activity ids, for comparing with a table. */
    public static String describe(Finding finding) {
        return (finding.severity() + " " + String.join(" ", finding.activityIds())).trim();
    }
}
