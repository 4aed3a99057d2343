package io.stepwise.referral.fhir;

import static io.stepwise.referral.fhir.FhirJsonChecks.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;

import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The searchset Bundle, the CapabilityStatement and the OperationOutcome, written and parsed back with HAPI, with no
 * empty element; and the empty-element check itself, so that a check that finds nothing means something.
 */
class FhirResourcesTest {

    private static final FhirServerProperties SERVER = new FhirServerProperties(
            URI.create("https://fhir.clinic.example/partner-api/fhir/r4/"));

    private final TaskBundleMapper bundles = new TaskBundleMapper(new TaskMapper(), SERVER);

    @Test
    void aFirstPageOfASearchsetHasTheTotalASelfAndANextLinkAndMatchEntries() {
        List<Referral> referrals = List.of(ReferralsInEveryStatus.psychologyIn(ReferralStatus.REQUESTED),
                ReferralsInEveryStatus.psychologyIn(ReferralStatus.ACCEPTED));
        var search = new TaskSearch(null, 2, 0);

        Bundle bundle = roundTrip(bundles.toSearchset(new PageImpl<>(referrals, search.pageable(), 5), search),
                Bundle.class);

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isEqualTo(5);
        assertThat(bundle.getLink("self").getUrl())
                .isEqualTo("https://fhir.clinic.example/partner-api/fhir/r4/Task?_count=2&_offset=0");
        assertThat(bundle.getLink("next").getUrl())
                .isEqualTo("https://fhir.clinic.example/partner-api/fhir/r4/Task?_count=2&_offset=2");
        assertThat(bundle.getLink("previous")).isNull();
        assertThat(bundle.getEntry()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH);
            assertThat(entry.getResource()).isInstanceOf(Task.class);
            assertThat(entry.getFullUrl()).isEqualTo("https://fhir.clinic.example/partner-api/fhir/r4/Task/"
                    + entry.getResource().getIdElement().getIdPart());
        });
        assertThat(bundle.getEntry()).extracting(entry -> ((Task) entry.getResource()).getStatus().toCode())
                .containsExactly("requested", "accepted");
    }

    @Test
    void theLastPageHasAPreviousLinkAndNoNextAndKeepsTheStatusFilter() {
        var search = new TaskSearch(ReferralStatus.IN_PROGRESS, 2, 4);
        var page = new PageImpl<>(List.of(ReferralsInEveryStatus.psychologyIn(ReferralStatus.IN_PROGRESS)),
                search.pageable(), 5);

        Bundle bundle = roundTrip(bundles.toSearchset(page, search), Bundle.class);

        assertThat(bundle.getLink("self").getUrl()).endsWith("/Task?status=in-progress&_count=2&_offset=4");
        assertThat(bundle.getLink("previous").getUrl()).endsWith("/Task?status=in-progress&_count=2&_offset=2");
        assertThat(bundle.getLink("next")).isNull();
    }

    @Test
    void anEmptySearchsetHasATotalOfZeroAndNoEntries() {
        var search = new TaskSearch(ReferralStatus.FAILED, 20, 0);

        Bundle bundle = roundTrip(bundles.toSearchset(new PageImpl<>(List.of(), search.pageable(), 0), search),
                Bundle.class);

        assertThat(bundle.getTotal()).isZero();
        assertThat(bundle.hasEntry()).isFalse();
        assertThat(bundle.getLink()).extracting(Bundle.BundleLinkComponent::getRelation).containsExactly("self");
    }

    @Test
    void theCapabilityStatementDescribesAReadOnlyJsonServerBehindOAuth2() {
        var mapper = new CapabilityStatementMapper(SERVER, "http://localhost:8180/realms/stepwise/",
                Instant.parse("2026-03-01T08:00:00Z"));

        CapabilityStatement statement = roundTrip(mapper.capabilities(), CapabilityStatement.class);

        assertThat(statement.getStatus().toCode()).isEqualTo("active");
        assertThat(statement.getKind().toCode()).isEqualTo("instance");
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getFormat()).extracting(format -> format.getValue()).contains("json");
        assertThat(statement.getImplementation().getUrl())
                .isEqualTo("https://fhir.clinic.example/partner-api/fhir/r4");
        var rest = statement.getRestFirstRep();
        assertThat(rest.getMode().toCode()).isEqualTo("server");
        assertThat(rest.getSecurity().getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("SMART-on-FHIR");
        assertThat(rest.getSecurity().getExtensionByUrl(CapabilityStatementMapper.OAUTH_URIS)
                .getExtensionByUrl("token").getValue().primitiveValue())
                .isEqualTo("http://localhost:8180/realms/stepwise/protocol/openid-connect/token");
        assertThat(rest.getResource()).extracting(resource -> resource.getType())
                .containsExactly("Task", "ServiceRequest");
        var task = rest.getResource().get(0);
        assertThat(task.getInteraction()).extracting(interaction -> interaction.getCode().toCode())
                .containsExactly("read", "search-type");
        assertThat(task.getSearchParamFirstRep().getName()).isEqualTo("status");
        assertThat(task.getSearchParamFirstRep().getType().toCode()).isEqualTo("token");
        assertThat(rest.getResource().get(1).getInteraction()).extracting(interaction -> interaction.getCode().toCode())
                .containsExactly("read");
    }

    @Test
    void anOperationOutcomeHasOneErrorIssueWithItsCodeAndWords() {
        OperationOutcome outcome = roundTrip(OperationOutcomes.error(IssueType.NOTFOUND, "No Task with this id"),
                OperationOutcome.class);

        assertThat(outcome.getIssue()).hasSize(1);
        assertThat(outcome.getIssueFirstRep().getSeverity().toCode()).isEqualTo("error");
        assertThat(outcome.getIssueFirstRep().getCode().toCode()).isEqualTo("not-found");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo("No Task with this id");
    }

    @Test
    void theEmptyElementCheckFindsEveryKindOfEmptiness() {
        var tree = JsonMapper.builder().build()
                .readTree("{\"a\":\"\",\"b\":[],\"c\":{},\"d\":null,\"e\":[{\"f\":\" \",\"g\":\"ok\"}],\"h\":0}");

        assertThat(FhirJsonChecks.emptyElements(tree, "$"))
                .containsExactlyInAnyOrder("$.a", "$.b", "$.c", "$.d", "$.e[0].f");
    }
}
