package io.stepwise.catalog.interaction.domain;

/** A rule the set will not take, and why; nothing was changed. */
public class RuleRefusedException extends RuntimeException {

    /** Why a rule was refused: a second rule for the same pair, or a treatment paired with itself. */
    public enum Reason {
        /** The set already has a rule between these two subjects (in either order): 409. */
        DUPLICATE,
        /** Both sides name the same treatment, which matching never pairs with itself: 422. */
        SAME_TREATMENT
    }

    private final Reason reason;

    public RuleRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
