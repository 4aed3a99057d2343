package io.stepwise.plan.catalogreplica;

import java.util.List;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;

/**
 * The replicated rule set as {@code GET /api/plans/catalog/interaction-rules} shows it: its version and its rules
 * under the payload's names ({@code ruleId}, {@code a}, {@code b}, {@code severity}, {@code reason}).
 */
record RuleSetView(long version, List<Rule> rules) {

    static RuleSetView of(ReplicatedRuleSet set) {
        return new RuleSetView(set.version(), set.rules().stream().map(Rule::of).toList());
    }

    record Rule(String ruleId, RuleSubject a, RuleSubject b, Severity severity, String reason) {

        static Rule of(InteractionRule rule) {
            return new Rule(rule.id(), rule.a(), rule.b(), rule.severity(), rule.reason());
        }
    }
}
