package io.stepwise.events.catalog;

import java.util.List;

/** The clinic's whole interaction rule set, sent on every rule change. */
public record InteractionRuleSetPayload(String ruleSetId, long sequence, long version, List<Rule> rules) {

    /** One rule between two subjects, each a treatment id or a kind. */
    public record Rule(String ruleId, Subject a, Subject b, String severity, String reason) {
    }

    public record Subject(String treatmentId, String kind) {
    }
}
