package io.stepwise.plan.patient.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient, with minimal PHI: the medical record number (unique in the clinic, ignoring case: {@code mrnKey}), given
 * and family name and birth date. {@code searchText} holds the lower-cased MRN and names the case-insensitive search
 * matches against. The index on {@code mrnKey} is sparse: patients stored before the key existed (only on machines that
 * ran this first commits) do not stop the service from starting.
 */
@Document("patients")
public record Patient(@Id String id, String mrn, @Indexed(unique = true, sparse = true) String mrnKey, String givenName,
        String familyName, LocalDate birthDate, String searchText, String registeredBy, Instant registeredAt,
        @Version Long revision) {

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** A new patient; the search text is derived here so that it always matches the fields. */
    public static Patient register(String id, String mrn, String givenName, String familyName, LocalDate birthDate,
            String registeredBy, Instant now) {
        String searchText = String.join(" ", mrn, givenName, familyName).toLowerCase(java.util.Locale.ROOT);
        return new Patient(id, mrn, mrn.toLowerCase(java.util.Locale.ROOT), givenName, familyName, birthDate, searchText,
                registeredBy, now, null);
    }
}
