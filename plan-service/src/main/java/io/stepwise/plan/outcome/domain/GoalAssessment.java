package io.stepwise.plan.outcome.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A goal's achievement status, computed from the outcomes of its measure. The series is put in order of
 * {@link ScoredPoint#recordedAt()} (points recorded at the same instant keep their given order); the baseline is the
 * earliest point, the latest the newest. The rules, first match wins:
 * <ol>
 * <li>no points: {@link AchievementStatus#IN_PROGRESS};</li>
 * <li>the target is met by the latest point ({@link GoalTarget#isMetBy}): {@link AchievementStatus#SUSTAINING} when
 * the point before the latest met it too, else {@link AchievementStatus#ACHIEVED} (a single point that meets an
 * {@code atMost} target is ACHIEVED);</li>
 * <li>only one point: {@link AchievementStatus#IN_PROGRESS} (there is no change to judge yet);</li>
 * <li>the due date has passed (it is before today) and the target is not met:
 * {@link AchievementStatus#NOT_ACHIEVED};</li>
 * <li>the latest is below the baseline by at least the measure's minimal clinically important difference
 * ({@link Measure#isMinimalImportantChange}): {@link AchievementStatus#IMPROVING}; above it by that much:
 * {@link AchievementStatus#WORSENING}; otherwise {@link AchievementStatus#NO_CHANGE}.</li>
 * </ol>
 * A null target (a goal that is not measurable) skips rules 2 and 4: such a goal is only in progress, improving,
 * worsening or showing no change. A null due date never passes. Lower scores are better for every measure.
 */
public final class GoalAssessment {

    private GoalAssessment() {
    }

    /**
     * In: the goal's measure, its target (null when not measurable), its due date (null when none), the scored
     * outcomes of that measure in any order, and today's date in the clinic's time zone. Out: the status by the rules
     * above. Example: PEG, target atMost 4, scores 7, 5.67, 5 → IMPROVING (not met; 2 points below the baseline).
     *
     * @throws NullPointerException when measure, series, a point of it or today is null
     * @throws IllegalArgumentException when a score is outside the measure's range
     */
    public static AchievementStatus assess(Measure measure, GoalTarget target, LocalDate dueDate,
            List<ScoredPoint> series, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<ScoredPoint> points = ScoredPoint.inTimeOrder(measure, series);
        if (points.isEmpty()) {
            return AchievementStatus.IN_PROGRESS;
        }
        double baseline = points.getFirst().score();
        double latest = points.getLast().score();
        if (target != null && target.isMetBy(baseline, latest)) {
            boolean previousMet = points.size() > 1 && target.isMetBy(baseline, points.get(points.size() - 2).score());
            return previousMet ? AchievementStatus.SUSTAINING : AchievementStatus.ACHIEVED;
        }
        if (points.size() == 1) {
            return AchievementStatus.IN_PROGRESS;
        }
        if (target != null && dueDate != null && dueDate.isBefore(today)) {
            return AchievementStatus.NOT_ACHIEVED;
        }
        return trend(measure, baseline, latest);
    }

    private static AchievementStatus trend(Measure measure, double baseline, double latest) {
        if (!measure.isMinimalImportantChange(baseline, latest)) {
            return AchievementStatus.NO_CHANGE;
        }
        return latest < baseline ? AchievementStatus.IMPROVING : AchievementStatus.WORSENING;
    }
}
