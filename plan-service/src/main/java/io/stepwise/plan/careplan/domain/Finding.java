package io.stepwise.plan.careplan.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a safety rule found in a plan. The id is derived from the rule, the activities and a discriminator, so that
 * the same finding keeps its id (and its override) across evaluations, and a different one (e.g. the dose reaching
 * the next threshold) gets a new id.
 *
 * @param id          stable id (a name-based UUID)
 * @param rule        the rule
 * @param severity    WARNING or BLOCK
 * @param activityIds the activities concerned, possibly empty (e.g. a plan without a goal)
 * @param message     the rule's words, for the clinician
 * @param override    the clinician's override, or null
 */
public record Finding(String id, SafetyRuleId rule, FindingSeverity severity, List<String> activityIds, String message,
        FindingOverride override) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        activityIds = List.copyOf(activityIds == null ? List.of() : activityIds);
    }

    /** A new finding of a rule, not overridden; {@code discriminator} tells apart findings on the same activities. */
    public static Finding of(SafetyRuleId rule, FindingSeverity severity, List<String> activityIds, String discriminator,
            String message) {
        String key = rule + "|" + String.join(",", activityIds.stream().sorted().toList()) + "|" + discriminator;
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        return new Finding(id, rule, severity, activityIds, message, null);
    }

    public Finding overriddenBy(FindingOverride decision) {
        return new Finding(id, rule, severity, activityIds, message, decision);
    }

    /** Whether this finding stops the given change: a BLOCK of a rule gating it, not overridden. */
    public boolean blocks(SafetyGate gate) {
        return severity == FindingSeverity.BLOCK && override == null && rule.gates().contains(gate);
    }

    public boolean concerns(String activityId) {
        return activityIds.contains(activityId);
    }
}
