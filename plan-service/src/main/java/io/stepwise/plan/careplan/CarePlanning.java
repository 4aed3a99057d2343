package io.stepwise.plan.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import io.stepwise.kit.audit.AuditedAccess;
import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.ActivityDetails;
import io.stepwise.plan.careplan.domain.Actor;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.CarePlanStatus;
import io.stepwise.plan.careplan.domain.PatientSummary;
import io.stepwise.plan.careplan.domain.PlanAdditions;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewActivity;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewGoal;
import io.stepwise.plan.careplan.domain.PlanAdditions.NewReferral;
import io.stepwise.plan.careplan.domain.SafetyCheck;
import io.stepwise.plan.careplan.domain.TreatmentSnapshot;
import io.stepwise.plan.catalogreplica.CatalogReplica;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.patient.PatientRegistry;
import io.stepwise.plan.safety.SafetyRules;
import io.stepwise.plan.template.TemplateLibrary;
import io.stepwise.plan.template.domain.PlanTemplate;

/**
 * The care-plan use cases. Each loads the plan, checks the caller's If-Match, names the patient for the audit record,
 * lets the plan change itself (with the current safety rules) and saves it; the plan's events go out with the save.
 */
@Service
public class CarePlanning {

    private final CarePlans plans;
    private final PatientRegistry patients;
    private final CatalogReplica catalog;
    private final TemplateLibrary templates;
    private final SafetyRules safety;
    private final Clock clock;

    CarePlanning(CarePlans plans, PatientRegistry patients, CatalogReplica catalog, TemplateLibrary templates,
            SafetyRules safety, Clock clock) {
        this.plans = plans;
        this.patients = patients;
        this.catalog = catalog;
        this.templates = templates;
        this.safety = safety;
        this.clock = clock;
    }

    /** @throws io.stepwise.plan.patient.UnknownPatientException when the patient does not exist */
    public CarePlan draft(Actor by, String patientId, String title, String treatingPhysician) {
        var patient = patients.get(patientId);
        AuditedAccess.patient(patientId);
        var summary = new PatientSummary(patient.id(), patient.givenName(), patient.familyName(), patient.birthDate());
        return plans.insert(CarePlan.draft(UuidV7.next(), summary, title, treatingPhysician, by, clock.instant(),
                safety.current()));
    }

    /** @throws UnknownPlanException when there is no such plan */
    public CarePlan get(String id) {
        CarePlan plan = plans.findById(id).orElseThrow(() -> new UnknownPlanException(id));
        AuditedAccess.patient(plan.patientId());
        return plan;
    }

    /** The plans of a patient, optionally in one status. */
    public Page<CarePlan> find(String patientId, CarePlanStatus status, Pageable page) {
        return status == null ? plans.findByPatientId(patientId, page)
                : plans.findByPatientIdAndStatus(patientId, status, page);
    }

    /** Changes a plan: {@code change} receives the plan and the current safety rules. */
    public CarePlan change(String id, IfMatch ifMatch, PlanChange change) {
        CarePlan plan = get(id);
        ifMatch.check("Care plan " + id, plan.revision());
        change.apply(plan, safety.current());
        return plans.save(plan);
    }

    /** Like {@link #change}, returning a part of the changed plan (e.g. the activity added). */
    public <T> Changed<T> change(String id, IfMatch ifMatch, Function<CarePlan, T> part, PlanChange change) {
        CarePlan saved = change(id, ifMatch, change);
        return new Changed<>(saved, part.apply(saved));
    }

    /** Adds a published treatment as a new activity. @throws UnpublishedTreatmentException otherwise */
    public Changed<Activity> addActivity(Actor by, String id, IfMatch ifMatch, String treatmentId,
            ActivityDetails details) {
        var activity = newActivity(treatmentId, details);
        return change(id, ifMatch, plan -> plan.findActivity(activity.id()).orElseThrow(),
                (plan, rules) -> plan.add(by, PlanAdditions.activity(activity), clock.instant(), rules));
    }

    /**
     * Adds a template's activities, goals and referral requests as one change; relative dates count from today (UTC).
     *
     * @throws io.stepwise.plan.template.UnknownTemplateException when there is no such template
     * @throws UnpublishedTreatmentException when a treatment of the template is not published (any more)
     */
    public CarePlan applyTemplate(Actor by, String id, IfMatch ifMatch, String templateId) {
        PlanTemplate template = templates.get(templateId);
        LocalDate today = LocalDate.now(clock);
        var activities = new ArrayList<NewActivity>();
        for (var item : template.activities()) {
            LocalDate reviewBy = item.reviewAfterDays() == null ? null : today.plusDays(item.reviewAfterDays());
            activities.add(newActivity(item.treatmentId(),
                    new ActivityDetails(item.dose(), item.frequency(), reviewBy, item.sessions(), null)));
        }
        var goals = template.goals().stream().map(goal -> new NewGoal(UuidV7.next(), goal.aim(), goal.measure(),
                goal.target(), goal.dueInDays() == null ? null : today.plusDays(goal.dueInDays()))).toList();
        var referrals = template.referrals().stream()
                .map(r -> new NewReferral(r.specialty(), r.reason(), r.priority())).toList();
        var additions = new PlanAdditions(goals, activities, referrals);
        return change(id, ifMatch, (plan, rules) -> plan.add(by, additions, clock.instant(), rules));
    }

    private NewActivity newActivity(String treatmentId, ActivityDetails details) {
        ReplicatedTreatment treatment = catalog.treatment(treatmentId).orElseThrow(
                () -> new UnpublishedTreatmentException("The catalog has no treatment " + treatmentId));
        if (!treatment.isPublished()) {
            throw new UnpublishedTreatmentException("Treatment " + treatmentId + " is " + treatment.status()
                    + "; only published treatments can be added");
        }
        return new NewActivity(UuidV7.next(), treatmentId, TreatmentSnapshot.of(treatment), details);
    }

    /** The current instant, for the time a change is made at. */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** A change to a plan, given the safety rules of the moment. */
    @FunctionalInterface
    public interface PlanChange {

        void apply(CarePlan plan, SafetyCheck rules);
    }

    /** The plan as saved and the part of it a change made. */
    public record Changed<T>(CarePlan plan, T part) {
    }
}
