package io.stepwise.referral.fhir;

import static io.stepwise.referral.fhir.FhirJsonChecks.encoded;
import static io.stepwise.referral.fhir.FhirJsonChecks.parsed;
import static io.stepwise.referral.fhir.FhirJsonChecks.roundTrip;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.APPOINTMENT;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.NOW;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.PATIENT;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.PLAN_SUMMARY;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.REASON;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.RECOMMENDATION;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.REJECTION;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.REPORT;
import static io.stepwise.referral.fhir.ReferralsInEveryStatus.REQUESTED_AT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.ReferredPatient;
import io.stepwise.referral.referral.domain.SecondOpinion;

/**
 * The referral → Task and ServiceRequest mapping, on plain objects: each written with HAPI's JSON encoder, checked for
 * empty elements and parsed back with HAPI's JSON parser, as a partner's FHIR client would.
 */
class FhirMappingTest {

    private final TaskMapper tasks = new TaskMapper();
    private final ServiceRequestMapper requests = new ServiceRequestMapper();

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(ReferralStatus.REQUESTED, "requested", "active"),
                Arguments.of(ReferralStatus.RECEIVED, "received", "active"),
                Arguments.of(ReferralStatus.ACCEPTED, "accepted", "active"),
                Arguments.of(ReferralStatus.REJECTED, "rejected", "revoked"),
                Arguments.of(ReferralStatus.IN_PROGRESS, "in-progress", "active"),
                Arguments.of(ReferralStatus.ON_HOLD, "on-hold", "active"),
                Arguments.of(ReferralStatus.COMPLETED, "completed", "completed"),
                Arguments.of(ReferralStatus.FAILED, "failed", "revoked"),
                Arguments.of(ReferralStatus.CANCELLED, "cancelled", "revoked"));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void everyStatusIsTheTaskStatusOfTheSameNameAndTheRequestIsActiveCompletedOrRevoked(ReferralStatus status,
            String taskCode, String requestCode) {
        Referral referral = ReferralsInEveryStatus.psychologyIn(status);

        Task task = roundTrip(tasks.toTask(referral), Task.class);
        ServiceRequest request = roundTrip(requests.toServiceRequest(referral), ServiceRequest.class);

        assertThat(task.getStatus().toCode()).isEqualTo(taskCode);
        assertThat(request.getStatus().toCode()).isEqualTo(requestCode);
        assertThat(task.getIdPart()).isEqualTo(referral.id());
        assertThat(request.getIdPart()).isEqualTo(referral.id());
    }

    @Test
    void statusesTableCoversEveryReferralStatus() {
        assertThat(statuses().map(arguments -> arguments.get()[0])).containsExactlyInAnyOrder(
                (Object[]) ReferralStatus.values());
    }

    @Test
    void aTaskNamesWhatWhoForWhomByWhenAndFocusesOnItsServiceRequest() {
        Referral referral = ReferralsInEveryStatus.psychologyIn(ReferralStatus.REQUESTED);

        Task task = roundTrip(tasks.toTask(referral), Task.class);

        assertThat(task.getIntent().toCode()).isEqualTo("order");
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("fulfill");
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + referral.id());
        assertThat(task.getFor().getDisplay()).isEqualTo("Robin Example");
        assertThat(task.getFor().getReference()).isEqualTo("#patient");
        Patient patient = (Patient) task.getContained().getFirst();
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Robin");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Example");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1970-04-02");
        assertThat(patient.getIdentifier()).isEmpty();
        assertThat(task.getOwner().getDisplay()).isEqualTo("Demo psychology practice");
        assertThat(task.getOwner().getIdentifier().getSystem()).isEqualTo("urn:stepwise:partner");
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("psychology-demo");
        assertThat(task.getRequester().getDisplay()).isEqualTo("clinic");
        assertThat(task.getRequester().hasReference()).isFalse();
        assertThat(task.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(task.getLastModified().toInstant()).isEqualTo(referral.updatedAt());
        assertThat(task.getMeta().getLastUpdated().toInstant()).isEqualTo(referral.updatedAt());
        assertThat(task.hasStatusReason()).isFalse();
        assertThat(task.hasBusinessStatus()).isFalse();
        assertThat(task.hasExecutionPeriod()).isFalse();
        assertThat(task.hasOutput()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ReferralPriority.class)
    void priorityIsFhirsAndTheRestrictionEndsWhenTheClinicExpectsTheReferralDone(ReferralPriority priority) {
        Referral referral = ReferralsInEveryStatus.assigned("ref-" + priority, "patient-1",
                ReferralsInEveryStatus.psychology(), Specialty.PSYCHOLOGIST, priority, PATIENT);

        Task task = roundTrip(tasks.toTask(referral), Task.class);
        ServiceRequest request = roundTrip(requests.toServiceRequest(referral), ServiceRequest.class);

        Duration within = priority == ReferralPriority.URGENT ? Duration.ofDays(7) : Duration.ofDays(30);
        assertThat(task.getPriority().toCode()).isEqualTo(priority == ReferralPriority.URGENT ? "urgent" : "routine");
        assertThat(request.getPriority().toCode()).isEqualTo(task.getPriority().toCode());
        assertThat(task.getRestriction().getPeriod().getEnd().toInstant()).isEqualTo(REQUESTED_AT.plus(within))
                .isEqualTo(referral.respondBy());
        assertThat(task.getRestriction().getPeriod().hasStart()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"ACCEPTED", "IN_PROGRESS", "ON_HOLD"})
    void anOpenTaskWithAnAppointmentSaysSoInItsBusinessStatusAndExecutionPeriod(ReferralStatus status) {
        Referral referral = ReferralsInEveryStatus.psychologyIn(ReferralStatus.ACCEPTED);
        ReferralsInEveryStatus.scheduled(referral);
        ReferralsInEveryStatus.movedOnFromAccepted(referral, status);

        Task task = roundTrip(tasks.toTask(referral), Task.class);

        assertThat(task.getBusinessStatus().getText()).isEqualTo("appointment scheduled");
        assertThat(task.getExecutionPeriod().getStart().toInstant()).isEqualTo(APPOINTMENT);
        assertThat(task.getExecutionPeriod().hasEnd()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"COMPLETED", "FAILED"})
    void aFinishedTaskHasNoBusinessStatusButKeepsWhenItWasExecuted(ReferralStatus status) {
        Referral referral = ReferralsInEveryStatus.psychologyIn(ReferralStatus.ACCEPTED);
        ReferralsInEveryStatus.scheduled(referral);
        ReferralsInEveryStatus.movedOnFromAccepted(referral, status);

        Task task = roundTrip(tasks.toTask(referral), Task.class);

        assertThat(task.hasBusinessStatus()).isFalse();
        assertThat(task.getExecutionPeriod().getStart().toInstant()).isEqualTo(APPOINTMENT);
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"REJECTED", "FAILED"})
    void aRejectedOrFailedTaskSaysWhy(ReferralStatus status) {
        Task task = roundTrip(tasks.toTask(ReferralsInEveryStatus.psychologyIn(status)), Task.class);

        assertThat(task.getStatusReason().getText()).isEqualTo(REJECTION);
        assertThat(task.getStatusReason().hasCoding()).isFalse();
    }

    @Test
    void aCompletedReferralOutputsTheReportOnly() {
        Task task = roundTrip(tasks.toTask(ReferralsInEveryStatus.psychologyIn(ReferralStatus.COMPLETED)), Task.class);

        assertThat(task.getOutput()).hasSize(1);
        assertThat(task.getOutputFirstRep().getType().getText()).isEqualTo("report");
        assertThat(task.getOutputFirstRep().getValue().primitiveValue()).isEqualTo(REPORT);
    }

    @ParameterizedTest
    @EnumSource(SecondOpinion.class)
    void aCompletedSecondOpinionOutputsReportVerdictAndRecommendation(SecondOpinion opinion) {
        Referral referral = ReferralsInEveryStatus.movedTo(ReferralsInEveryStatus.assigned("ref-" + opinion,
                "patient-2", ReferralsInEveryStatus.secondOpinion(), Specialty.SECOND_OPINION_PHYSICIAN,
                ReferralPriority.URGENT, PATIENT), ReferralStatus.COMPLETED, opinion);

        Task task = roundTrip(tasks.toTask(referral), Task.class);

        assertThat(task.getOutput()).extracting(output -> output.getType().getText())
                .containsExactly("report", "second opinion", "recommendation");
        assertThat(task.getOutput().get(0).getValue().primitiveValue()).isEqualTo(REPORT);
        CodeableConcept verdict = (CodeableConcept) task.getOutput().get(1).getValue();
        assertThat(verdict.getCodingFirstRep().getSystem()).isEqualTo("urn:stepwise:second-opinion");
        assertThat(verdict.getCodingFirstRep().getCode()).isEqualTo(opinion.name());
        assertThat(verdict.getText()).isNotBlank();
        assertThat(task.getOutput().get(2).getValue().primitiveValue()).isEqualTo(RECOMMENDATION);
        assertThat(task.getOwner().getDisplay()).isEqualTo("Demo second-opinion physicians");
    }

    @Test
    void aServiceRequestSaysWhatIsAskedForWhyAndOfWhomAndNothingOfThePlanBeyondItsSummary() {
        Referral referral = ReferralsInEveryStatus.psychologyIn(ReferralStatus.RECEIVED);

        String json = encoded(requests.toServiceRequest(referral));
        ServiceRequest request = parsed(json, ServiceRequest.class);

        assertThat(request.getIntent().toCode()).isEqualTo("order");
        assertThat(request.getCategoryFirstRep().getText()).isEqualTo("Psychologist");
        assertThat(request.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("PSYCHOLOGIST");
        assertThat(request.getCode().getText()).isEqualTo("Psychologist referral");
        assertThat(request.getSubject().getReference()).isEqualTo("#patient");
        assertThat(request.getSubject().getDisplay()).isEqualTo("Robin Example");
        assertThat(((Patient) request.getContained().getFirst()).getBirthDateElement().getValueAsString())
                .isEqualTo("1970-04-02");
        assertThat(request.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(request.getRequester().getDisplay()).isEqualTo("clinic");
        assertThat(request.getPerformerFirstRep().getDisplay()).isEqualTo("Demo psychology practice");
        assertThat(request.getReasonCodeFirstRep().getText()).isEqualTo(REASON);
        assertThat(request.getNoteFirstRep().getText()).isEqualTo(PLAN_SUMMARY);
        assertThat(json).doesNotContain(referral.planId()).doesNotContain(referral.patientId())
                .doesNotContain("clinician");
    }

    @Test
    void aPatientKnownOnlyInPartIsContainedWithWhatIsKnown() {
        Referral referral = ReferralsInEveryStatus.assigned("ref-partial", "patient-3",
                ReferralsInEveryStatus.psychology(), Specialty.PSYCHOLOGIST, ReferralPriority.ROUTINE,
                new ReferredPatient(" ", "Example", null));

        Task task = roundTrip(tasks.toTask(referral), Task.class);
        ServiceRequest request = roundTrip(requests.toServiceRequest(referral), ServiceRequest.class);

        assertThat(task.getFor().getDisplay()).isEqualTo("Example");
        Patient patient = (Patient) task.getContained().getFirst();
        assertThat(patient.getNameFirstRep().hasGiven()).isFalse();
        assertThat(patient.hasBirthDate()).isFalse();
        assertThat(request.getSubject().getDisplay()).isEqualTo("Example");
    }

    @Test
    void aReferralWithoutPatientDetailsStillHasASubjectButContainsNothing() {
        Referral referral = ReferralsInEveryStatus.assigned("ref-anonymous", "patient-4",
                ReferralsInEveryStatus.psychology(), Specialty.PSYCHOLOGIST, ReferralPriority.ROUTINE,
                new ReferredPatient(null, "", null));

        Task task = roundTrip(tasks.toTask(referral), Task.class);
        ServiceRequest request = roundTrip(requests.toServiceRequest(referral), ServiceRequest.class);

        assertThat(task.hasContained()).isFalse();
        assertThat(task.getFor().hasReference()).isFalse();
        assertThat(request.getSubject().getDisplay()).isNotBlank();
    }

    @Test
    void aRequestWithoutReasonOrSummaryLeavesThemOut() {
        var referral = Referral.requested("ref-bare", "plan-bare", "patient-5",
                new ReferredPatient("Sam", "Example", LocalDate.of(1980, 1, 1)), Specialty.DIETITIAN,
                ReferralPriority.ROUTINE, "  ", null, "clinician", REQUESTED_AT, NOW);
        referral.assign(Partner.onboarded("diet", "Diet practice",
                Set.of(Specialty.DIETITIAN), "partner-diet", null, null, Instant.EPOCH), "c", NOW);

        ServiceRequest request = roundTrip(requests.toServiceRequest(referral), ServiceRequest.class);

        assertThat(request.hasReasonCode()).isFalse();
        assertThat(request.hasNote()).isFalse();
        assertThat(request.getCode().getText()).isEqualTo("Dietitian referral");
    }
}
