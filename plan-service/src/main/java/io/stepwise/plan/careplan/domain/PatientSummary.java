package io.stepwise.plan.careplan.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What a plan keeps of its patient: enough to address a referral, nothing more. */
public record PatientSummary(String id, String givenName, String familyName, LocalDate birthDate) {

    public PatientSummary {
        Objects.requireNonNull(id, "id");
    }
}
