package io.stepwise.referral.fhir;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where partners reach the FHIR view, for the absolute URLs a Bundle carries ({@code fullUrl}, paging links) and the
 * CapabilityStatement's implementation URL. It is configured rather than taken from the request's Host or forwarded
 * headers, which a caller could forge.
 *
 * @param baseUrl the FHIR base as partners call it, through the gateway; defaults to the local platform's
 *                {@code http://localhost:8080/partner-api/fhir/r4}. A trailing slash is dropped.
 */
@ConfigurationProperties("stepwise.fhir")
public record FhirServerProperties(URI baseUrl) {

    public static final URI LOCAL_BASE_URL = URI.create("http://localhost:8080/partner-api/fhir/r4");

    public FhirServerProperties {
        String base = (baseUrl == null ? LOCAL_BASE_URL : baseUrl).toString().replaceAll("/+$", "");
        baseUrl = URI.create(base);
        if (!baseUrl.isAbsolute()) {
            throw new IllegalArgumentException("stepwise.fhir.base-url must be an absolute URL; got " + base);
        }
    }

    /** The absolute URL of a path under the base, e.g. {@code Task/0190…}. */
    public String url(String relative) {
        return baseUrl + "/" + relative;
    }
}
