package io.stepwise.plan.outcome.domain;

import java.util.ArrayList;
import java.util.List;

/** Checks a measure's item answers before they are scored. */
final class ItemAnswers {

    private ItemAnswers() {
    }

    /**
     * In: the measure and its item answers in questionnaire order, null for a skipped item. Out: the answered items.
     *
     * @throws InvalidItemsException when the list is null or has the wrong length, an item is outside the item range,
     *     an item is missing where the measure does not allow skipping, or no item is answered
     */
    static List<Integer> answered(Measure measure, List<Integer> items) {
        if (items == null) {
            throw new InvalidItemsException(measure, "needs " + count(measure) + ", got no list");
        }
        if (items.size() != measure.itemCount()) {
            throw new InvalidItemsException(measure, "needs " + count(measure) + ", got " + items.size());
        }
        var answered = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            Integer item = items.get(i);
            if (item == null) {
                if (!measure.allowsSkippedItems()) {
                    throw new InvalidItemsException(measure, "item " + (i + 1) + " is missing");
                }
                continue;
            }
            if (item < measure.itemMin() || item > measure.itemMax()) {
                throw new InvalidItemsException(measure, "item " + (i + 1) + " is " + item + ", outside "
                        + measure.itemMin() + "–" + measure.itemMax());
            }
            answered.add(item);
        }
        if (answered.isEmpty()) {
            throw new InvalidItemsException(measure,
                    "needs at least one answered item, all " + measure.itemCount() + " are skipped");
        }
        return List.copyOf(answered);
    }

    private static String count(Measure measure) {
        return measure.itemCount() + (measure.itemCount() == 1 ? " item" : " items");
    }
}
