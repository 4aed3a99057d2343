/**
 * The FHIR R4 view of the partner API ({@code /partner-api/fhir/r4}): a partner reads the referrals assigned to it as
 * FHIR {@code Task} and {@code ServiceRequest} resources and searches its Tasks, with the same isolation and disclosure
 * records as the partner API's JSON view. Read-only; the lifecycle is changed through {@code /partner-api/v1}.
 * HAPI's R4 model and JSON parser build and write the resources; errors are {@code OperationOutcome}s. docs/fhir.md
 * has the mapping.
 */
package io.stepwise.referral.fhir;
