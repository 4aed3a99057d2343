package io.stepwise.plan.outcome.domain;

/**
 * Item answers a measure cannot score: no list, the wrong number of items, an item outside the measure's item range,
 * a missing item where the measure does not allow skipping, or an ODI with every section skipped. The message names
 * the measure and the offending item (1-based), e.g. "PHQ9 item 4 is 5, outside 0–3".
 */
public class InvalidItemsException extends IllegalArgumentException {

    private final Measure measure;

    /** In: the measure and what is wrong, without the measure's name, which the message starts with. */
    public InvalidItemsException(Measure measure, String problem) {
        super(measure.name() + " " + problem);
        this.measure = measure;
    }

    /** The measure whose items were refused. */
    public Measure measure() {
        return measure;
    }
}
