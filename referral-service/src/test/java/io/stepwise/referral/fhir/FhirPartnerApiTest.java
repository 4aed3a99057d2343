package io.stepwise.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/**
 * The FHIR R4 view over real HTTP, with partner tokens: what a partner's FHIR client reads (parsed with HAPI), that it
 * is only ever its own referrals, that another partner's are answered exactly like ids that do not exist, the errors
 * as OperationOutcomes, and the disclosures in the audit trail.
 */
@ServiceTest(database = "referral-fhir-test", kafka = true)
@TestPropertySource(properties = "stepwise.fhir.base-url=" + FhirPartnerApiTest.PUBLIC_BASE)
class FhirPartnerApiTest {

    static final String PUBLIC_BASE = "https://fhir.clinic.example/partner-api/fhir/r4";
    private static final String BASE = "/partner-api/fhir/r4";
    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final String PSYCHOLOGY = "psychology-demo";
    private static final String SECOND_OPINION = "second-opinion-demo";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Referral requested;
    private Referral inProgress;
    private Referral another;

    @BeforeEach
    void referralsOfTwoPartners() {
        Partner psychology = existing(ReferralsInEveryStatus.psychology());
        Partner secondOpinion = existing(ReferralsInEveryStatus.secondOpinion());
        requested = mongo.insert(referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.REQUESTED));
        var started = ReferralsInEveryStatus.scheduled(
                referral(psychology, Specialty.PSYCHOLOGIST, ReferralStatus.ACCEPTED));
        inProgress = mongo.insert(ReferralsInEveryStatus.movedOnFromAccepted(started, ReferralStatus.IN_PROGRESS));
        another = mongo.insert(referral(secondOpinion, Specialty.SECOND_OPINION_PHYSICIAN, ReferralStatus.REQUESTED));
    }

    @Test
    void theSearchIsASearchsetBundleOfTheCallersTasksOnly() {
        var answer = get("/Task?_count=100", PSYCHOLOGY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        Bundle bundle = FhirJsonChecks.parsed(answer.body(), Bundle.class);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isEqualTo(bundle.getEntry().size());
        assertThat(ids(bundle)).contains(requested.id(), inProgress.id()).doesNotContain(another.id());
        assertThat(bundle.getEntry()).allSatisfy(entry -> {
            assertThat(((Task) entry.getResource()).getOwner().getIdentifier().getValue()).isEqualTo(PSYCHOLOGY);
            assertThat(entry.getFullUrl()).startsWith(PUBLIC_BASE + "/Task/");
            assertThat(entry.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH);
        });

        Bundle theirs = FhirJsonChecks.parsed(get("/Task?_count=100", SECOND_OPINION).body(), Bundle.class);
        assertThat(ids(theirs)).contains(another.id()).doesNotContain(requested.id(), inProgress.id());
    }

    @Test
    void theStatusParameterFiltersByTaskStatus() {
        Bundle bundle = FhirJsonChecks.parsed(get("/Task?status=in-progress&_count=100", PSYCHOLOGY).body(),
                Bundle.class);

        assertThat(ids(bundle)).contains(inProgress.id()).doesNotContain(requested.id());
        assertThat(bundle.getEntry()).allSatisfy(entry -> assertThat(((Task) entry.getResource()).getStatus())
                .isEqualTo(Task.TaskStatus.INPROGRESS));
        assertThat(bundle.getLink("self").getUrl()).isEqualTo(PUBLIC_BASE + "/Task?status=in-progress&_count=100&_offset=0");
    }

    @Test
    void pagesAreLinkedAndFollowingNextGivesTheNextTasks() {
        Bundle first = FhirJsonChecks.parsed(get("/Task?_count=1", PSYCHOLOGY).body(), Bundle.class);
        assertThat(first.getTotal()).isGreaterThanOrEqualTo(2);
        assertThat(first.getEntry()).hasSize(1);
        assertThat(first.getLink("previous")).isNull();

        String next = first.getLink("next").getUrl();
        assertThat(next).isEqualTo(PUBLIC_BASE + "/Task?_count=1&_offset=1");
        Bundle second = FhirJsonChecks.parsed(get(next.substring(PUBLIC_BASE.length()), PSYCHOLOGY).body(),
                Bundle.class);
        assertThat(second.getEntry()).hasSize(1);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.getLink("previous").getUrl()).isEqualTo(PUBLIC_BASE + "/Task?_count=1&_offset=0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/fhir+json", "application/json", "*/*", "application/json, text/plain"})
    void everyAnswerIsFhirJsonWhicheverJsonTheClientAccepts(String accept) {
        for (String path : List.of("/Task/" + requested.id(), "/ServiceRequest/" + requested.id(), "/Task",
                "/metadata", "/Task/" + another.id(), "/Task?status=nonsense")) {
            var answer = Api.atPort(port).get(BASE + path).bearer(idp.partner(PSYCHOLOGY)).header("Accept", accept)
                    .send();
            assertThat(answer.contentType()).as(path + " " + answer).isEqualTo("application/fhir+json;charset=UTF-8");
        }
    }

    @Test
    void aTaskIsReadWithItsVersion() {
        var answer = get("/Task/" + inProgress.id(), PSYCHOLOGY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Task task = FhirJsonChecks.parsed(answer.body(), Task.class);
        assertThat(task.getIdPart()).isEqualTo(inProgress.id());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(task.getBusinessStatus().getText()).isEqualTo("appointment scheduled");
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + inProgress.id());
        assertThat(task.getMeta().getVersionId()).isEqualTo(String.valueOf(inProgress.revision()));
        assertThat(answer.header("ETag")).isEqualTo("W/\"" + inProgress.revision() + "\"");
    }

    @Test
    void aServiceRequestIsReadAsTheTaskFocus() {
        var answer = get("/ServiceRequest/" + requested.id(), PSYCHOLOGY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        ServiceRequest request = FhirJsonChecks.parsed(answer.body(), ServiceRequest.class);
        assertThat(request.getIdPart()).isEqualTo(requested.id());
        assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(request.getSubject().getDisplay()).isEqualTo("Robin Example");
        assertThat(answer.body()).doesNotContain(requested.patientId()).doesNotContain(requested.planId());
    }

    @Test
    void metadataIsACapabilityStatement() {
        var answer = get("/metadata", PSYCHOLOGY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        CapabilityStatement statement = FhirJsonChecks.parsed(answer.body(), CapabilityStatement.class);
        assertThat(statement.getKind()).isEqualTo(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getImplementation().getUrl()).isEqualTo(PUBLIC_BASE);
        assertThat(statement.getRestFirstRep().getResource()).extracting(resource -> resource.getType())
                .containsExactly("Task", "ServiceRequest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task", "ServiceRequest"})
    void anotherPartnersReferralIsNotFoundByteForByteLikeAnUnknownId(String type) {
        String correlationId = "fhir-isolation-" + UUID.randomUUID();
        var foreign = Api.atPort(port).get(BASE + "/" + type + "/" + another.id()).bearer(idp.partner(PSYCHOLOGY))
                .header("X-Correlation-Id", correlationId).send();
        var unknown = Api.atPort(port).get(BASE + "/" + type + "/" + UUID.randomUUID())
                .bearer(idp.partner(PSYCHOLOGY)).header("X-Correlation-Id", correlationId).send();

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(unknown.body());
        assertThat(foreign.contentType()).isEqualTo(unknown.contentType()).startsWith("application/fhir+json");
        assertThat(foreign.body()).doesNotContain(another.id());
        OperationOutcome outcome = FhirJsonChecks.parsed(foreign.body(), OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(correlationId);

        assertThat(get("/" + type + "/" + another.id(), SECOND_OPINION).status()).isEqualTo(200);
    }

    @Test
    void onlyReferralPartnersGetInAndRefusalsBeforeTheViewAreProblemJson() {
        for (String path : List.of("/Task", "/Task/" + requested.id(), "/ServiceRequest/" + requested.id(),
                "/metadata")) {
            var clinician = Api.atPort(port).get(BASE + path).bearer(idp.clinician()).send();
            assertThat(clinician.status()).as(path).isEqualTo(403);
            assertThat(clinician.contentType()).startsWith("application/problem+json");
            var anonymous = Api.atPort(port).get(BASE + path).send();
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=in_progress", "status=draft", "_count=0", "_count=101", "_offset=-1",
            "status=requested&status=accepted", "status:not=requested"})
    void aBadSearchParameterIsA400OperationOutcome(String query) {
        var answer = get("/Task?" + query, PSYCHOLOGY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/fhir+json");
        OperationOutcome outcome = FhirJsonChecks.parsed(answer.body(), OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(query.substring(0, query.indexOf('='))
                .replace(":not", ""));
    }

    @Test
    void whatTheViewDoesNotServeIsANotSupportedOperationOutcome() {
        var patient = get("/Patient/" + requested.patientId(), PSYCHOLOGY);
        assertThat(patient.status()).as(patient.toString()).isEqualTo(404);
        assertThat(FhirJsonChecks.parsed(patient.body(), OperationOutcome.class).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);

        var create = Api.atPort(port).post(BASE + "/Task", "{\"resourceType\":\"Task\"}", "application/fhir+json")
                .bearer(idp.partner(PSYCHOLOGY)).send();
        assertThat(create.status()).as(create.toString()).isEqualTo(405);
        assertThat(FhirJsonChecks.parsed(create.body(), OperationOutcome.class).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
    }

    @Test
    void everyReferralShownIsADisclosureOfItsPatientInTheAuditTrail() {
        String read = "fhir-read-" + UUID.randomUUID();
        Api.atPort(port).get(BASE + "/Task/" + requested.id()).bearer(idp.partner(PSYCHOLOGY))
                .header("X-Correlation-Id", read).send();
        String request = "fhir-request-" + UUID.randomUUID();
        Api.atPort(port).get(BASE + "/ServiceRequest/" + inProgress.id()).bearer(idp.partner(PSYCHOLOGY))
                .header("X-Correlation-Id", request).send();
        String search = "fhir-search-" + UUID.randomUUID();
        Api.atPort(port).get(BASE + "/Task?status=in-progress&_count=100").bearer(idp.partner(PSYCHOLOGY))
                .header("X-Correlation-Id", search).send();
        String refused = "fhir-refused-" + UUID.randomUUID();
        Api.atPort(port).get(BASE + "/Task/" + another.id()).bearer(idp.partner(PSYCHOLOGY))
                .header("X-Correlation-Id", refused).send();

        assertThat(records(read, 2)).anySatisfy(record -> {
            assertThat(record.action()).isEqualTo(AuditAction.READ);
            assertThat(record.resource()).isEqualTo("referral/" + requested.id());
            assertThat(record.actor()).isEqualTo("partner-" + PSYCHOLOGY);
        }).anySatisfy(record -> disclosed(record, requested));
        assertThat(records(request, 2)).anySatisfy(record -> disclosed(record, inProgress));
        assertThat(records(search, 2)).anySatisfy(record -> assertThat(record.action()).isEqualTo(AuditAction.SEARCH))
                .anySatisfy(record -> disclosed(record, inProgress))
                .noneSatisfy(record -> assertThat(record.patientId()).isEqualTo(requested.patientId()));
        var refusal = records(refused, 1);
        assertThat(refusal).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo(AuditAction.READ);
            assertThat(record.outcome()).isEqualTo(AuditOutcome.NOT_FOUND);
        });
    }

    private static void disclosed(AuditRecord record, Referral referral) {
        assertThat(record.action()).isEqualTo(AuditAction.DISCLOSE);
        assertThat(record.patientId()).isEqualTo(referral.patientId());
        assertThat(record.resource()).isEqualTo("referral/" + referral.id());
        assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    }

    /** The audit records of one request, once there are at least this many (the filter writes them after answering). */
    private List<AuditRecord> records(String correlationId, int atLeast) {
        var query = Query.query(Criteria.where("correlationId").is(correlationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(query, AuditRecord.class) >= atLeast);
        return mongo.find(query, AuditRecord.class);
    }

    private ApiResponse get(String path, String partner) {
        return Api.atPort(port).get(BASE + path).bearer(idp.partner(partner)).send();
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(entry -> entry.getResource().getIdElement().getIdPart()).toList();
    }

    private Partner existing(Partner partner) {
        Partner stored = mongo.findById(partner.id(), Partner.class);
        return stored != null ? stored : mongo.insert(partner);
    }

    /** A new referral of a new patient for the partner, moved to the status. */
    private static Referral referral(Partner partner, Specialty specialty, ReferralStatus status) {
        var referral = ReferralsInEveryStatus.assigned(UUID.randomUUID().toString(),
                "patient-" + UUID.randomUUID(), partner, specialty, ReferralPriority.ROUTINE,
                ReferralsInEveryStatus.PATIENT);
        return ReferralsInEveryStatus.movedTo(referral, status, null);
    }
}
