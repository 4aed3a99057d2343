package io.stepwise.referral.fhir;

import java.time.Clock;
import java.time.Instant;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementImplementationComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementSoftwareComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.stepwise.kit.security.StepwiseSecurityProperties;

/**
 * What this FHIR server can do, as its CapabilityStatement ({@code GET metadata}): an instance that reads Tasks and
 * ServiceRequests and searches Tasks by status, in JSON, FHIR 4.0.1, behind OAuth2 client-credentials tokens
 * (SMART Backend Services style). In: the public base URL, the token issuer and when this instance started (the
 * statement's date). Out: the statement.
 */
@Component
class CapabilityStatementMapper {

    static final String SECURITY_SERVICE_SYSTEM = "http://terminology.hl7.org/CodeSystem/restful-security-service";
    static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    private final FhirServerProperties server;
    private final String tokenUrl;
    private final Instant startedAt;

    @Autowired
    CapabilityStatementMapper(FhirServerProperties server, StepwiseSecurityProperties security, Clock clock) {
        this(server, security.issuer(), clock.instant());
    }

    CapabilityStatementMapper(FhirServerProperties server, String issuer, Instant startedAt) {
        this.server = server;
        this.tokenUrl = issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token";
        this.startedAt = startedAt;
    }

    CapabilityStatement capabilities() {
        var statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDateElement(FhirTypes.dateTime(startedAt));
        statement.setPublisher("Stepwise");
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setSoftware(new CapabilityStatementSoftwareComponent().setName("Stepwise referral-service"));
        statement.setImplementation(new CapabilityStatementImplementationComponent()
                .setDescription("Stepwise partner API, FHIR R4 view: the referrals assigned to the calling partner, "
                        + "read-only")
                .setUrl(server.baseUrl().toString()));
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.addFormat("application/fhir+json");
        statement.addRest(rest());
        return statement;
    }

    private CapabilityStatementRestComponent rest() {
        var rest = new CapabilityStatementRestComponent().setMode(RestfulCapabilityMode.SERVER)
                .setDocumentation("Read-only. Change a referral's status through /partner-api/v1/referrals.")
                .setSecurity(security());
        var task = rest.addResource().setType("Task");
        task.addInteraction().setCode(TypeRestfulInteraction.READ);
        task.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        task.addSearchParam().setName("status").setType(SearchParamType.TOKEN)
                .setDefinition("http://hl7.org/fhir/SearchParameter/Task-status")
                .setDocumentation("One TaskStatus code; page with _count (1-100, default 20) and _offset");
        rest.addResource().setType("ServiceRequest").addInteraction().setCode(TypeRestfulInteraction.READ);
        return rest;
    }

    private CapabilityStatementRestSecurityComponent security() {
        var security = new CapabilityStatementRestSecurityComponent().setCors(false)
                .setDescription("OAuth2 client credentials (SMART Backend Services style): a bearer token from the "
                        + "clinic's identity provider for a partner client with the referral-partner role, "
                        + "authenticated by client secret or by a signed JWT assertion (private_key_jwt)");
        security.addService(FhirTypes.coded(SECURITY_SERVICE_SYSTEM, "SMART-on-FHIR", "SMART-on-FHIR")
                .setText("OAuth2 client credentials (SMART Backend Services)"));
        var oauthUris = new Extension(OAUTH_URIS);
        oauthUris.addExtension(new Extension("token", new UriType(tokenUrl)));
        security.addExtension(oauthUris);
        return security;
    }
}
