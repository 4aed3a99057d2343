package io.stepwise.plan.outcome.domain;

/**
 * How far a goal has come, with the codes of FHIR's goal-achievement value set (in FHIR spelling: in-progress,
 * improving, worsening, no-change, achieved, sustaining, not-achieved). {@link GoalAssessment} says when each applies.
 */
public enum AchievementStatus {
    IN_PROGRESS, IMPROVING, WORSENING, NO_CHANGE, ACHIEVED, SUSTAINING, NOT_ACHIEVED
}
