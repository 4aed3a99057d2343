package io.stepwise.referral.partner;

import java.util.Set;

import io.stepwise.referral.partner.domain.Specialty;

/**
 * A partner as a clinic admin onboards it, already checked for form (a one-line name of 1–200 characters, 1–8
 * distinct specialties); its URLs are checked by the use case.
 *
 * @param webhookUrl where its webhooks go
 * @param jwksUrl    null for a client that authenticates with a secret; else where its public keys are
 */
record NewPartner(String name, Set<Specialty> specialties, String webhookUrl, String jwksUrl) {
}
