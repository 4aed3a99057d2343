package io.stepwise.plan.catalogreplica.domain;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** plan-service's copy of the clinic's interaction rule set. */
@Document(ReplicatedRuleSet.COLLECTION)
public record ReplicatedRuleSet(@Id String id, long sequence, long version, List<Rule> rules) {

    public static final String COLLECTION = "catalog_rule_sets";

    public record Rule(String ruleId, Subject a, Subject b, String severity, String reason) {
    }

    public record Subject(String treatmentId, String kind) {
    }
}
