package io.stepwise.referral.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;

/**
 * Writes resources as FHIR JSON with HAPI's parser. In: a resource built by a mapper. Out: the answer, always
 * {@code application/fhir+json}: the content type is set before Spring MVC negotiates, so a client that accepts
 * {@code application/json} or anything ({@code *}{@code /*}) gets FHIR JSON too.
 */
@Component
class FhirJson {

    static final MediaType FHIR_JSON = MediaType.valueOf("application/fhir+json;charset=UTF-8");

    private final FhirContext context;

    FhirJson(FhirContext context) {
        this.context = context;
    }

    /** The resource as compact FHIR JSON (a parser is cheap and not shared across threads; the context is). */
    String encode(IBaseResource resource) {
        return context.newJsonParser().setPrettyPrint(false).encodeResourceToString(resource);
    }

    /** The answer with this status and headers and the resource as its body. */
    ResponseEntity<String> answer(ResponseEntity.BodyBuilder response, IBaseResource resource) {
        return response.contentType(FHIR_JSON).body(encode(resource));
    }
}
