package io.stepwise.referral.referral.domain;

import java.time.LocalDate;

/** The patient as a partner needs to know them, copied from the request: name and birth date, nothing more. */
public record ReferredPatient(String givenName, String familyName, LocalDate birthDate) {
}
