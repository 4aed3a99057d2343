package io.stepwise.plan.careplan.domain;

import java.util.List;

/**
 * A change refused because it would put blocking safety findings into effect (answered 422, naming each finding's
 * rule and activities).
 *
 * @see SafetyRuleId#gates()
 */
public class SafetyBlockException extends RuntimeException {

    private final transient List<Finding> blocking;

    public SafetyBlockException(String change, List<Finding> blocking) {
        super(change + " is blocked by " + blocking.stream().map(f -> f.rule() + " (" + f.message() + ")").toList());
        this.blocking = List.copyOf(blocking);
    }

    public List<Finding> blocking() {
        return blocking;
    }
}
