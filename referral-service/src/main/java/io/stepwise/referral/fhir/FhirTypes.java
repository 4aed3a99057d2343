package io.stepwise.referral.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;

/**
 * FHIR data types built from Stepwise values, never empty: each returns null for a missing or blank value, so a mapper
 * sets an element only when it has content (HAPI leaves out unset elements, but writes an element set to an empty
 * object as {@code {}}).
 */
final class FhirTypes {

    /** Where Stepwise's partner ids live, for {@code Identifier.system}. */
    static final String PARTNER_SYSTEM = "urn:stepwise:partner";

    private FhirTypes() {
    }

    /** Whether the text has something to show. */
    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A CodeableConcept of words only; null for blank text. */
    static CodeableConcept text(String text) {
        return present(text) ? new CodeableConcept().setText(text.strip()) : null;
    }

    /** A CodeableConcept with one coding and the same words as its text. */
    static CodeableConcept coded(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    /** An instant as a FHIR dateTime in UTC, to the millisecond ({@code 2026-03-01T09:30:00Z}); null for null. */
    static DateTimeType dateTime(Instant instant) {
        return instant == null ? null : new DateTimeType(utc(instant));
    }

    /** An instant as a FHIR instant in UTC, to the millisecond; null for null. */
    static InstantType instant(Instant instant) {
        return instant == null ? null : new InstantType(utc(instant));
    }

    /** A calendar date ({@code 1970-04-02}); null for null. */
    static DateType date(LocalDate date) {
        return date == null ? null : new DateType(date.toString());
    }

    /**
     * A reference that names an organisation and resolves to nothing on this server (Stepwise exposes no Organization
     * resource): its display, and the partner id as identifier. Null when there is neither.
     */
    static Reference partner(String partnerId, String partnerName) {
        if (!present(partnerId) && !present(partnerName)) {
            return null;
        }
        var reference = new Reference();
        if (present(partnerName)) {
            reference.setDisplay(partnerName.strip());
        }
        if (present(partnerId)) {
            reference.setIdentifier(new Identifier().setSystem(PARTNER_SYSTEM).setValue(partnerId));
        }
        return reference;
    }

    /**
     * A resource's meta: the referral's revision as {@code versionId} (the same number as the partner API's ETag) and
     * its last change as {@code lastUpdated}; null when neither is known.
     */
    static Meta meta(Long revision, Instant updatedAt) {
        if (revision == null && updatedAt == null) {
            return null;
        }
        var meta = new Meta().setLastUpdatedElement(instant(updatedAt));
        return revision == null ? meta : meta.setVersionId(revision.toString());
    }

    /** A reference that is only words, e.g. the requesting clinic. */
    static Reference display(String words) {
        return new Reference().setDisplay(words);
    }

    private static String utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
