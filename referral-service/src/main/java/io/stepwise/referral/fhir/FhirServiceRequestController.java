package io.stepwise.referral.fhir;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.Callers;

/** The calling partner's referrals as FHIR ServiceRequests, read by id (the focus of each Task). */
@RestController
class FhirServiceRequestController {

    private final FhirReferralAccess referrals;
    private final ServiceRequestMapper requests;
    private final FhirJson json;

    FhirServiceRequestController(FhirReferralAccess referrals, ServiceRequestMapper requests, FhirJson json) {
        this.referrals = referrals;
        this.requests = requests;
        this.json = json;
    }

    /** {@code GET ServiceRequest/{id}}: the ServiceRequest, with its version as a weak ETag. */
    @GetMapping("/partner-api/fhir/r4/ServiceRequest/{id}")
    @Audited(action = AuditAction.READ, resource = "referral")
    ResponseEntity<String> read(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        var referral = referrals.read(Callers.partnerId(token), "ServiceRequest", id);
        return json.answer(FhirVersions.tagged(ResponseEntity.ok(), referral), requests.toServiceRequest(referral));
    }
}
