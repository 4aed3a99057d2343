package io.stepwise.referral.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import io.stepwise.kit.web.CorrelationId;

/**
 * The FHIR view's errors: one issue of severity {@code error}. In: the FHIR issue type and words for people. Out: the
 * OperationOutcome, its diagnostics ending with the request's correlation id (quote it to the clinic's support), like
 * the problem documents of the rest of the API.
 */
final class OperationOutcomes {

    private OperationOutcomes() {
    }

    static OperationOutcome error(IssueType code, String diagnostics) {
        String correlationId = CorrelationId.current();
        var outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(code)
                .setDiagnostics(correlationId == null ? diagnostics
                        : diagnostics + " (correlation id " + correlationId + ")");
        return outcome;
    }
}
