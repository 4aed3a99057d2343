package io.stepwise.plan.careplan.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.domain.HasOutbox;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewReferral;
import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.outcome.domain.Measure;

/**
 * A patient's living care plan (FHIR CarePlan): goals, activities, outcomes, referral requests and the safety findings
 * on them. Every change checks the caller's role, then re-evaluates the safety rules through the {@link SafetyCheck}
 * it is given and keeps the findings; a change that would put a blocking finding into effect (see
 * {@link SafetyRuleId#gates()}) is refused with {@link SafetyBlockException} and changes nothing. Requesting a
 * referral records {@link ReferralRequested} in the plan's outbox. The {@code revision} guards concurrent writers and
 * is the ETag.
 */
@Document("careplans")
public class CarePlan implements HasOutbox {

    static final int MAX_GOALS = 20;
    static final int MAX_ACTIVITIES = 100;
    static final int MAX_REFERRALS = 50;
    static final int MAX_OUTCOMES = 1000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A baseline may be brought from before the plan, but not from further back than this. */
    private static final Duration EARLIEST_OUTCOME_BEFORE_PLAN = Duration.ofDays(365);

    @Id
    private final String id;
    @Indexed
    private final String patientId;
    private final PatientSummary patient;
    private final String title;
    private String treatingPhysician;
    @Indexed
    private CarePlanStatus status;
    private final List<Goal> goals;
    private final List<Activity> activities;
    private final List<Outcome> outcomes;
    private List<Finding> findings;
    private final List<PlanReferral> referrals;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long revision;
    private final EventOutbox outbox;

    @PersistenceCreator
    CarePlan(String id, String patientId, PatientSummary patient, String title, String treatingPhysician,
            CarePlanStatus status, List<Goal> goals, List<Activity> activities, List<Outcome> outcomes,
            List<Finding> findings, List<PlanReferral> referrals, String createdBy, Instant createdAt,
            Instant updatedAt, Long revision, EventOutbox outbox) {
        this.id = Objects.requireNonNull(id, "id");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.patient = patient;
        this.title = title;
        this.treatingPhysician = treatingPhysician;
        this.status = Objects.requireNonNull(status, "status");
        this.goals = new ArrayList<>(goals == null ? List.of() : goals);
        this.activities = new ArrayList<>(activities == null ? List.of() : activities);
        this.outcomes = new ArrayList<>(outcomes == null ? List.of() : outcomes);
        this.findings = List.copyOf(findings == null ? List.of() : findings);
        this.referrals = new ArrayList<>(referrals == null ? List.of() : referrals);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.revision = revision;
        this.outbox = outbox == null ? EventOutbox.empty() : outbox;
    }

    /**
     * A new DRAFT plan, drafted by a clinician or a care coordinator.
     *
     * @param treatingPhysician the user name of the clinician responsible for the plan
     * @throws NotPermittedException for any other role
     */
    public static CarePlan draft(String id, PatientSummary patient, String title, String treatingPhysician, Actor by,
            Instant now, SafetyCheck safety) {
        by.requireCareTeam("draft a care plan");
        var plan = new CarePlan(id, patient.id(), patient, title, treatingPhysician, CarePlanStatus.DRAFT, null, null,
                null, null, null, by.username(), now, now, null, null);
        plan.evaluate(safety);
        return plan;
    }

    /**
     * Adds goals, activities and referral requests in one change (by hand or from a template), then evaluates the
     * safety rules once. Adding is never refused for a safety finding: the finding is recorded. A coping-skills
     * activity without a live referral to a psychologist, psychiatrist or pain specialist requests one.
     *
     * @throws NotPermittedException  a medication or procedure added by someone who is not a clinician, or any addition
     *                                by someone outside the care team
     * @throws PlanRuleException      opioid details missing on a controlled substance (or given on anything else), a
     *                                review date before today or more than a year ahead, a goal due in the past, or
     *                                the plan would exceed its size limits
     * @throws IllegalPlanTransitionException the plan is COMPLETED or REVOKED
     */
    public void add(Actor by, PlanAdditions additions, Instant now, SafetyCheck safety) {
        requireOpen();
        additions.goals().forEach(goal -> by.requireCareTeam("set goals"));
        additions.referrals().forEach(referral -> by.requireCareTeam("request referrals"));
        for (NewActivity activity : additions.activities()) {
            if (activity.treatment().needsClinicianToAdd()) {
                by.requireClinician("add medications and procedures");
            }
            by.requireCareTeam("add activities");
            requireFittingDetails(activity, now);
        }
        requireRoom(goals.size() + additions.goals().size(), MAX_GOALS, "goals");
        requireRoom(activities.size() + additions.activities().size(), MAX_ACTIVITIES, "activities");
        requireRoom(referrals.size() + additions.referrals().size() + additions.activities().size(), MAX_REFERRALS,
                "referrals");
        for (NewGoal goal : additions.goals()) {
            if (goal.dueDate() != null && goal.dueDate().isBefore(now.atZone(ZoneOffset.UTC).toLocalDate())) {
                throw new PlanRuleException("A goal's dueDate " + goal.dueDate() + " is in the past");
            }
        }
        for (NewGoal goal : additions.goals()) {
            goals.add(new Goal(goal.id(), goal.aim(), goal.measure(), goal.target(), goal.dueDate(), by.username(), now));
        }
        for (NewActivity added : additions.activities()) {
            var activity = new Activity(added.id(), added.treatmentId(), added.treatment(), ActivityStatus.NOT_STARTED,
                    added.details(), null, null, null, by.username(), now);
            activities.add(activity);
            if (activity.is(Category.COPING_SKILLS) && liveReferrals().noneMatch(r -> r.specialty().teachesCopingSkills())) {
                request(new NewReferral(Specialty.PSYCHOLOGIST, "Coping-skills training: " + activity.treatment().name(),
                        ReferralPriority.ROUTINE), activity.id(), by, now);
            }
        }
        additions.referrals().forEach(referral -> request(referral, null, by, now));
        changed(now, safety);
    }

    /**
     * Moves an activity to another status. Medications and procedures are moved by clinicians, the rest by the care
     * team. Moving to the status it is in changes nothing. An activity starts (leaves NOT_STARTED other than by
     * cancelling, or is SCHEDULED) only in an ACTIVE plan and only without a blocking finding on it.
     *
     * @throws IllegalPlanTransitionException the move is not allowed from the current status, or the plan is not ACTIVE
     * @throws SafetyBlockException           a blocking finding concerns this activity
     */
    public Activity changeActivityStatus(Actor by, String activityId, ActivityStatus target, Instant now,
            SafetyCheck safety) {
        requireOpen();
        Activity activity = activity(activityId);
        if (activity.treatment().needsClinicianToAdd()) {
            by.requireClinician("change the status of a medication or procedure");
        }
        by.requireCareTeam("change the status of an activity");
        if (activity.status() == target) {
            return activity;
        }
        if (!activity.status().next().contains(target)) {
            throw new IllegalPlanTransitionException("Activity " + activityId + " is " + activity.status()
                    + "; it can move to " + activity.status().next() + ", not to " + target);
        }
        if (activity.status().startsWhenMovedTo(target)) {
            if (status != CarePlanStatus.ACTIVE) {
                throw new IllegalPlanTransitionException("Activities start only in an ACTIVE plan; this plan is "
                        + status);
            }
            evaluate(safety);
            var blocking = findings.stream().filter(f -> f.blocks(SafetyGate.ACTIVITY_START) && f.concerns(activityId))
                    .toList();
            if (!blocking.isEmpty()) {
                throw new SafetyBlockException("Moving activity " + activityId + " to " + target, blocking);
            }
        }
        Activity moved = replace(activityId, a -> a.withStatus(target));
        changed(now, safety);
        return moved;
    }

    /**
     * Changes the plan's status (activate, hold, resume, complete, revoke); clinicians only. Completing or revoking
     * ends the activities too (see {@link ActivityStatus#whenPlanEnds}).
     *
     * @throws IllegalPlanTransitionException the change is not allowed from the current status
     * @throws SafetyBlockException           activating, resuming or completing with blocking findings
     */
    public void apply(Actor by, PlanAction action, Instant now, SafetyCheck safety) {
        by.requireClinician(action.name().toLowerCase() + " a care plan");
        if (!action.allowedFrom(status)) {
            throw new IllegalPlanTransitionException("Plan " + id + " is " + status + "; "
                    + action.name().toLowerCase() + " is allowed only from " + action.from());
        }
        evaluate(safety);
        if (action.gate() != null) {
            var blocking = findings.stream().filter(f -> f.blocks(action.gate())).toList();
            if (!blocking.isEmpty()) {
                throw new SafetyBlockException("To " + action.name().toLowerCase() + " plan " + id, blocking);
            }
        }
        status = action.target();
        if (status.isFinal()) {
            boolean completed = status == CarePlanStatus.COMPLETED;
            activities.replaceAll(activity -> activity.withStatus(activity.status().whenPlanEnds(completed)));
        }
        changed(now, safety);
    }

    /**
     * Hands the plan to another treating physician (a clinician's user name); clinicians only. Clearances count only
     * from the treating physician, so they are re-read against the new one at once.
     *
     * @throws IllegalPlanTransitionException the plan is COMPLETED or REVOKED
     */
    public void assignTreatingPhysician(Actor by, String physician, Instant now, SafetyCheck safety) {
        requireOpen();
        by.requireClinician("change the treating physician");
        treatingPhysician = physician;
        changed(now, safety);
    }

    /**
     * The physician's clearance of a complementary treatment; clinicians only.
     *
     * @throws PlanRuleException the activity's treatment does not need clearance
     */
    public Activity recordClearance(Actor by, String activityId, String note, Instant now, SafetyCheck safety) {
        requireOpen();
        by.requireClinician("record a physician's clearance");
        Activity activity = activity(activityId);
        if (!activity.treatment().flags().requiresPhysicianClearance()) {
            throw new PlanRuleException(activity.treatment().name() + " does not need a physician's clearance");
        }
        Activity cleared = replace(activityId, a -> a.withClearance(new Clearance(note, by.username(), now)));
        changed(now, safety);
        return cleared;
    }

    /**
     * The risk/benefit discussion of a procedure; clinicians only. Offering a second opinion requests a
     * SECOND_OPINION_PHYSICIAN referral for this activity unless a live one exists.
     *
     * @throws PlanRuleException the activity's treatment is not a procedure that needs the discussion
     */
    public Activity recordRiskBenefitDiscussion(Actor by, String activityId, RiskBenefitDiscussion discussion,
            Instant now, SafetyCheck safety) {
        requireOpen();
        by.requireClinician("record a risk/benefit discussion");
        Activity activity = activity(activityId);
        if (!activity.treatment().flags().requiresRiskBenefitDiscussion()) {
            throw new PlanRuleException(activity.treatment().name() + " does not need a risk/benefit discussion");
        }
        var recorded = new RiskBenefitDiscussion(discussion.risks(), discussion.benefits(), discussion.alternatives(),
                discussion.patientDecision(), discussion.secondOpinionOffered(), by.username(), now);
        boolean requestSecondOpinion = recorded.secondOpinionOffered() && liveReferrals().noneMatch(
                r -> activityId.equals(r.activityId()) && r.specialty() == Specialty.SECOND_OPINION_PHYSICIAN);
        if (requestSecondOpinion) {
            requireRoom(referrals.size() + 1, MAX_REFERRALS, "referrals");
        }
        Activity discussed = replace(activityId, a -> a.withRiskBenefit(recorded));
        if (requestSecondOpinion) {
            request(new NewReferral(Specialty.SECOND_OPINION_PHYSICIAN, "Second opinion on " + activity.treatment().name(),
                    ReferralPriority.ROUTINE), activityId, by, now);
        }
        changed(now, safety);
        return discussed;
    }

    /**
     * The opioid safeguards of a controlled substance; clinicians only.
     *
     * @throws PlanRuleException the activity is not an opioid
     */
    public Activity recordOpioidSafeguards(Actor by, String activityId, OpioidSafeguards safeguards, Instant now,
            SafetyCheck safety) {
        requireOpen();
        by.requireClinician("record opioid safeguards");
        Activity activity = activity(activityId);
        if (!activity.isOpioid()) {
            throw new PlanRuleException(activity.treatment().name() + " is not an opioid");
        }
        var recorded = new OpioidSafeguards(safeguards.justification(), safeguards.nonOpioidTherapiesTried(),
                safeguards.naloxoneOffered(), safeguards.pdmpCheckedOn(), safeguards.reviewBy(), by.username(), now);
        Activity safeguarded = replace(activityId, a -> a.withOpioidSafeguards(recorded));
        changed(now, safety);
        return safeguarded;
    }

    /**
     * A clinician's override of a current finding, with a reason; only INTERACTION and OPIOID_DOSE findings can be
     * overridden (the others are lifted by the documentation they ask for).
     *
     * @throws UnknownPlanPartException       no current finding has this id
     * @throws PlanRuleException              the finding's rule cannot be overridden
     * @throws IllegalPlanTransitionException the finding is already overridden
     */
    public Finding override(Actor by, String findingId, String reason, Instant now, SafetyCheck safety) {
        requireOpen();
        by.requireClinician("override a safety finding");
        evaluate(safety);
        Finding finding = findings.stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new UnknownPlanPartException("Plan " + id + " has no current finding " + findingId));
        if (!finding.rule().overridable()) {
            throw new PlanRuleException(finding.rule() + " cannot be overridden; it is lifted by the documentation it "
                    + "asks for");
        }
        if (finding.override() != null) {
            throw new IllegalPlanTransitionException("Finding " + findingId + " was already overridden by "
                    + finding.override().by() + " at " + finding.override().at());
        }
        Finding overridden = finding.overriddenBy(new FindingOverride(by.username(), reason, now));
        findings = findings.stream().map(f -> f.id().equals(findingId) ? overridden : f).toList();
        updatedAt = now;
        return overridden;
    }

    /**
     * Scores and records an administration of an outcome instrument; clinicians and care coordinators.
     *
     * @throws io.stepwise.plan.outcome.domain.InvalidItemsException invalid answers
     * @throws PlanRuleException recordedAt in the future or more than a year before the plan began, or too many
     *                           outcomes
     */
    public Outcome recordOutcome(Actor by, String outcomeId, Measure measure, List<Integer> items, Instant recordedAt,
            Instant now, SafetyCheck safety) {
        requireOpen();
        by.requireCareTeam("record outcomes");
        if (recordedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new PlanRuleException("recordedAt " + recordedAt + " is in the future");
        }
        Instant earliest = (createdAt == null ? now : createdAt).minus(EARLIEST_OUTCOME_BEFORE_PLAN);
        if (recordedAt.isBefore(earliest)) {
            throw new PlanRuleException("recordedAt " + recordedAt + " is more than a year before the plan began; "
                    + "an older result would become the baseline of every goal");
        }
        requireRoom(outcomes.size() + 1, MAX_OUTCOMES, "outcomes");
        Outcome outcome = Outcome.score(outcomeId, measure, items, recordedAt, by.username());
        outcomes.add(outcome);
        changed(now, safety);
        return outcome;
    }

    /**
     * Applies a referral's state published by referral-service, if it is newer than the one applied.
     *
     * @return whether the plan changed (false for an unknown referral or an old or repeated update)
     */
    public boolean applyReferralUpdate(ReferralUpdate update, SafetyCheck safety) {
        var current = referrals.stream().filter(r -> r.id().equals(update.referralId())).findFirst();
        if (current.isEmpty() || update.sequence() <= current.get().sequence()) {
            return false;
        }
        referrals.replaceAll(r -> r.id().equals(update.referralId()) ? r.updated(update) : r);
        changed(update.at(), safety);
        return true;
    }

    /** Daily morphine milligram equivalents (MME/day) of the plan's live opioid activities, summed. */
    public BigDecimal totalDailyMme() {
        return activities.stream().filter(Activity::isLive).map(a -> a.details().opioidDose()).filter(Objects::nonNull)
                .map(OpioidDose::dailyMme).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The activities still part of the treatment (not completed, cancelled or stopped). */
    public List<Activity> liveActivities() {
        return activities.stream().filter(Activity::isLive).toList();
    }

    public Optional<Activity> findActivity(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    public Optional<PlanReferral> findReferral(String referralId) {
        return referrals.stream().filter(r -> r.id().equals(referralId)).findFirst();
    }

    private Activity activity(String activityId) {
        return findActivity(activityId)
                .orElseThrow(() -> new UnknownPlanPartException("Plan " + id + " has no activity " + activityId));
    }

    private java.util.stream.Stream<PlanReferral> liveReferrals() {
        return referrals.stream().filter(PlanReferral::isLive);
    }

    private Activity replace(String activityId, UnaryOperator<Activity> change) {
        Activity changed = change.apply(activity(activityId));
        activities.replaceAll(a -> a.id().equals(activityId) ? changed : a);
        return changed;
    }

    private void request(NewReferral referral, String activityId, Actor by, Instant now) {
        String referralId = UUID.nameUUIDFromBytes((id + "/referral/" + (referrals.size() + 1))
                .getBytes(StandardCharsets.UTF_8)).toString();
        referrals.add(new PlanReferral(referralId, referral.specialty(), referral.reason(), referral.priority(),
                ReferralStatus.REQUESTED, activityId, by.username(), now, 0, null, null, null, null, now));
        outbox.record(new ReferralRequested(referralId, id, patient, referral.specialty(), referral.priority(),
                referral.reason(), summary(), by.username(), now));
    }

    /** One line a partner may see: the plan's title, status, physician and its live treatments' names. */
    private String summary() {
        String treatments = liveActivities().stream().map(a -> a.treatment().name()).distinct()
                .collect(Collectors.joining(", "));
        String line = title + " (" + status + ", treating physician " + treatingPhysician + ")"
                + (treatments.isEmpty() ? "" : ": " + treatments);
        return line.length() <= 500 ? line : line.substring(0, 497) + "...";
    }

    private static void requireFittingDetails(NewActivity activity, Instant now) {
        LocalDate reviewBy = activity.details() == null ? null : activity.details().reviewBy();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (reviewBy != null && (reviewBy.isBefore(today) || reviewBy.isAfter(today.plusYears(1)))) {
            throw new PlanRuleException(activity.treatment().name() + "'s review date " + reviewBy
                    + " must lie between today and a year from today");
        }
        requireOpioidDetailsFit(activity);
    }

    private static void requireOpioidDetailsFit(NewActivity activity) {
        boolean opioid = activity.treatment().flags().controlledSubstance();
        boolean dosed = activity.details() != null && activity.details().opioidDose() != null;
        if (opioid && !dosed) {
            throw new PlanRuleException(activity.treatment().name() + " is a controlled substance: its details need "
                    + "opioid, doseMg and dosesPerDay (or doseMcgPerHour for a patch)");
        }
        if (!opioid && dosed) {
            throw new PlanRuleException(activity.treatment().name() + " is not an opioid: send no opioid dose");
        }
    }

    private static void requireRoom(int size, int max, String what) {
        if (size > max) {
            throw new PlanRuleException("A plan holds at most " + max + " " + what);
        }
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new IllegalPlanTransitionException("Plan " + id + " is " + status + "; it can no longer change");
        }
    }

    private void changed(Instant now, SafetyCheck safety) {
        updatedAt = now;
        evaluate(safety);
    }

    /** Replaces the findings with the rules' current ones, keeping overrides of findings that are still there. */
    private void evaluate(SafetyCheck safety) {
        var previous = findings;
        findings = safety.evaluate(this).stream()
                .map(fresh -> previous.stream().filter(old -> old.id().equals(fresh.id()) && old.override() != null)
                        .findFirst().map(old -> fresh.overriddenBy(old.override())).orElse(fresh))
                .toList();
    }

    public String id() {
        return id;
    }

    public String patientId() {
        return patientId;
    }

    public PatientSummary patient() {
        return patient;
    }

    public String title() {
        return title;
    }

    public String treatingPhysician() {
        return treatingPhysician;
    }

    public CarePlanStatus status() {
        return status;
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<PlanReferral> referrals() {
        return List.copyOf(referrals);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-locking revision (the ETag); null before the first save. */
    public Long revision() {
        return revision;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }
}
