package io.stepwise.plan.careplan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.stepwise.plan.outcome.domain.Measure;
import io.stepwise.plan.outcome.domain.ScoredPoint;

/**
 * One administration of an outcome instrument: the item answers as given and the score the server computed.
 *
 * @param items      the answers, in the instrument's order (null for a skipped ODI section)
 * @param score      the score in the measure's units (points; ODI: %)
 * @param recordedAt when the patient answered (UTC)
 */
public record Outcome(String id, Measure measure, List<Integer> items, double score, Instant recordedAt,
        String recordedBy) {

    public Outcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(recordedAt, "recordedAt");
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** Scores the answers. @throws io.stepwise.plan.outcome.domain.InvalidItemsException for invalid answers */
    public static Outcome score(String id, Measure measure, List<Integer> items, Instant recordedAt, String by) {
        return new Outcome(id, measure, items, measure.score(items), recordedAt, by);
    }

    public ScoredPoint point() {
        return new ScoredPoint(recordedAt, score);
    }
}
