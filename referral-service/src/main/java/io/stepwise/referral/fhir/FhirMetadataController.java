package io.stepwise.referral.fhir;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.NotPatientData;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the FHIR view serves ({@code GET metadata}, the CapabilityStatement) and, for every other request under its
 * base, an OperationOutcome saying it is not served (rather than the API's problem+json, which a FHIR client cannot
 * read).
 */
@RestController
@RequestMapping(FhirMetadataController.BASE)
class FhirMetadataController {

    static final String BASE = "/partner-api/fhir/r4";
    private static final Set<String> READ_ONLY_TYPES = Set.of("Task", "ServiceRequest", "metadata");

    private final CapabilityStatementMapper capabilities;
    private final FhirJson json;

    FhirMetadataController(CapabilityStatementMapper capabilities, FhirJson json) {
        this.capabilities = capabilities;
        this.json = json;
    }

    @GetMapping("/metadata")
    @NotPatientData("the server's CapabilityStatement: what it serves, no referral")
    ResponseEntity<String> metadata() {
        return json.answer(ResponseEntity.ok(), capabilities.capabilities());
    }

    /**
     * Anything else under the base: another method on a served resource type is 405, any other path 404.
     *
     * @throws UnsupportedInteractionException always
     */
    @RequestMapping("/**")
    @NotPatientData("refuses requests this view does not serve; reads nothing")
    ResponseEntity<String> unsupported(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.length() > BASE.length() ? path.substring(BASE.length() + 1) : "";
        String type = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        boolean oneLevel = !rest.contains("/") || rest.indexOf('/') == rest.lastIndexOf('/');
        if (READ_ONLY_TYPES.contains(type) && oneLevel && !"GET".equals(request.getMethod())) {
            throw new UnsupportedInteractionException(HttpStatus.METHOD_NOT_ALLOWED,
                    "This FHIR view is read-only: " + type + " is served with GET only");
        }
        throw new UnsupportedInteractionException(HttpStatus.NOT_FOUND,
                "This FHIR view serves metadata, Task (read, search by status) and ServiceRequest (read) only");
    }
}
