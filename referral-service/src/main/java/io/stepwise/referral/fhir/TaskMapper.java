package io.stepwise.referral.fhir;

import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskRestrictionComponent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.springframework.stereotype.Component;

import io.stepwise.referral.referral.domain.Completion;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.SecondOpinion;

/**
 * A referral as a FHIR R4 Task: the work the partner is asked to do, focused on the referral's ServiceRequest. In: a
 * referral assigned to the caller. Out: a Task whose every element has content (absent parts are left out, never
 * written empty). docs/fhir.md has the table.
 */
@Component
class TaskMapper {

    /** FHIR's task-code system; {@code fulfill}: the Task asks the owner to fulfil its focus. */
    static final String TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code";
    /** Stepwise's second-opinion verdicts ({@code AGREES}, {@code DISAGREES}, {@code ALTERNATIVE}). */
    static final String SECOND_OPINION_SYSTEM = "urn:stepwise:second-opinion";
    static final String REQUESTER = "clinic";
    static final String APPOINTMENT_SCHEDULED = "appointment scheduled";
    static final String REPORT = "report";
    static final String OPINION = "second opinion";
    static final String RECOMMENDATION = "recommendation";

    Task toTask(Referral referral) {
        var task = new Task();
        task.setId(referral.id());
        task.setMeta(FhirTypes.meta(referral.revision(), referral.updatedAt()));
        task.setStatus(status(referral.status()));
        task.setStatusReason(FhirTypes.text(referral.statusReason()));
        if (referral.appointment() != null && !referral.status().isFinal()) {
            task.setBusinessStatus(FhirTypes.text(APPOINTMENT_SCHEDULED));
        }
        task.setIntent(TaskIntent.ORDER);
        task.setPriority(priority(referral.priority()));
        task.setCode(FhirTypes.coded(TASK_CODE_SYSTEM, "fulfill", "Fulfill the focal request"));
        task.setDescription(SpecialtyText.referral(referral.specialty()));
        task.setFocus(new Reference("ServiceRequest/" + referral.id())
                .setDisplay(SpecialtyText.referral(referral.specialty())));
        task.setFor(ContainedPatient.containIn(task, referral.patient()));
        task.setAuthoredOnElement(FhirTypes.dateTime(referral.requestedAt()));
        task.setLastModifiedElement(FhirTypes.dateTime(referral.updatedAt()));
        task.setRequester(FhirTypes.display(REQUESTER));
        task.setOwner(FhirTypes.partner(referral.partnerId(), referral.partnerName()));
        if (referral.respondBy() != null) {
            task.setRestriction(new TaskRestrictionComponent()
                    .setPeriod(new Period().setEndElement(FhirTypes.dateTime(referral.respondBy()))));
        }
        if (referral.appointment() != null && referral.appointment().start() != null) {
            task.setExecutionPeriod(new Period().setStartElement(FhirTypes.dateTime(referral.appointment().start())));
        }
        if (referral.status() == ReferralStatus.COMPLETED && referral.completion() != null) {
            addOutputs(task, referral.completion());
        }
        return task;
    }

    /** The FHIR TaskStatus of each referral status: the same names, as FHIR spells them. */
    static TaskStatus status(ReferralStatus status) {
        return switch (status) {
            case REQUESTED -> TaskStatus.REQUESTED;
            case RECEIVED -> TaskStatus.RECEIVED;
            case ACCEPTED -> TaskStatus.ACCEPTED;
            case REJECTED -> TaskStatus.REJECTED;
            case IN_PROGRESS -> TaskStatus.INPROGRESS;
            case ON_HOLD -> TaskStatus.ONHOLD;
            case COMPLETED -> TaskStatus.COMPLETED;
            case FAILED -> TaskStatus.FAILED;
            case CANCELLED -> TaskStatus.CANCELLED;
        };
    }

    private static TaskPriority priority(ReferralPriority priority) {
        return switch (priority) {
            case ROUTINE -> TaskPriority.ROUTINE;
            case URGENT -> TaskPriority.URGENT;
        };
    }

    /** The report; for a second opinion also its verdict (coded) and recommendation. */
    private static void addOutputs(Task task, Completion completion) {
        if (FhirTypes.present(completion.report())) {
            task.addOutput().setType(FhirTypes.text(REPORT)).setValue(new StringType(completion.report()));
        }
        if (completion.opinion() != null) {
            task.addOutput().setType(FhirTypes.text(OPINION)).setValue(FhirTypes.coded(SECOND_OPINION_SYSTEM,
                    completion.opinion().name(), verdict(completion.opinion())));
        }
        if (FhirTypes.present(completion.recommendation())) {
            task.addOutput().setType(FhirTypes.text(RECOMMENDATION))
                    .setValue(new StringType(completion.recommendation()));
        }
    }

    private static String verdict(SecondOpinion opinion) {
        return switch (opinion) {
            case AGREES -> "Agrees with the proposed treatment";
            case DISAGREES -> "Disagrees with the proposed treatment";
            case ALTERNATIVE -> "Recommends an alternative";
        };
    }
}
