package io.stepwise.referral.fhir;

import org.springframework.http.ResponseEntity;

import io.stepwise.referral.referral.domain.Referral;

/** A read's ETag, as FHIR writes it: the resource's {@code meta.versionId} as a weak tag, {@code W/"3"}. */
final class FhirVersions {

    private FhirVersions() {
    }

    static ResponseEntity.BodyBuilder tagged(ResponseEntity.BodyBuilder response, Referral referral) {
        return referral.revision() == null ? response : response.eTag("W/\"" + referral.revision() + "\"");
    }
}
