package io.stepwise.plan.careplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.stepwise.plan.careplan.domain.Activity;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Finding;
import io.stepwise.plan.careplan.domain.Goal;
import io.stepwise.plan.careplan.domain.Outcome;
import io.stepwise.plan.careplan.domain.PlanReferral;
import io.stepwise.plan.outcome.domain.AchievementStatus;
import io.stepwise.plan.outcome.domain.GoalAssessment;

/**
 * The whole plan as the API shows it: goals with their computed achievement status, activities with their daily MME,
 * outcomes with scores, the current safety findings, referrals, and the total daily MME (MME/day).
 */
record PlanResponse(String id, String patientId, String title, String treatingPhysician, String status,
        List<GoalView> goals, List<ActivityView> activities, List<OutcomeView> outcomes, List<FindingView> findings,
        List<ReferralView> referrals, BigDecimal totalDailyMme, String createdBy, Instant createdAt,
        Instant updatedAt, long revision) {

    static PlanResponse of(CarePlan plan, LocalDate today) {
        return new PlanResponse(plan.id(), plan.patientId(), plan.title(), plan.treatingPhysician(),
                plan.status().name(), plan.goals().stream().map(goal -> GoalView.of(goal, plan, today)).toList(),
                plan.activities().stream().map(ActivityView::of).toList(),
                plan.outcomes().stream().map(OutcomeView::of).toList(),
                plan.findings().stream().map(FindingView::of).toList(),
                plan.referrals().stream().map(ReferralView::of).toList(), plan.totalDailyMme(), plan.createdBy(),
                plan.createdAt(), plan.updatedAt(), plan.revision());
    }

    record TargetView(Double atMost, Double changeFromBaselinePercent) {
    }

    record GoalView(String id, String aim, String measure, TargetView target, LocalDate dueDate,
            AchievementStatus achievementStatus, String createdBy, Instant createdAt) {

        static GoalView of(Goal goal, CarePlan plan, LocalDate today) {
            var series = plan.outcomes().stream().filter(o -> o.measure() == goal.measure()).map(Outcome::point)
                    .toList();
            var target = goal.target() == null ? null
                    : new TargetView(goal.target().atMost(), goal.target().changeFromBaselinePercent());
            return new GoalView(goal.id(), goal.aim().name(), goal.measure().name(), target, goal.dueDate(),
                    GoalAssessment.assess(goal.measure(), goal.target(), goal.dueDate(), series, today),
                    goal.createdBy(), goal.createdAt());
        }
    }

    record DetailsView(String dose, String frequency, LocalDate reviewBy, Integer sessions, String opioid,
            Double doseMg, Integer dosesPerDay, Double doseMcgPerHour) {
    }

    record ClearanceView(String note, String by, Instant at) {
    }

    record RiskBenefitView(String risks, String benefits, String alternatives, String patientDecision,
            boolean secondOpinionOffered, String by, Instant at) {
    }

    record SafeguardsView(String justification, List<String> nonOpioidTherapiesTried, boolean naloxoneOffered,
            LocalDate pdmpCheckedOn, LocalDate reviewBy, String by, Instant at) {
    }

    record ActivityView(String id, String treatmentId, String status, String name, String category, String kind,
            int version, DetailsView details, BigDecimal dailyMme, ClearanceView clearance,
            RiskBenefitView riskBenefitDiscussion, SafeguardsView opioidSafeguards, String addedBy, Instant addedAt) {

        static ActivityView of(Activity activity) {
            var d = activity.details();
            var dose = d.opioidDose();
            var details = new DetailsView(d.dose(), d.frequency(), d.reviewBy(), d.sessions(),
                    dose == null ? null : dose.opioid().name(), dose == null ? null : dose.doseMg(),
                    dose == null ? null : dose.dosesPerDay(), dose == null ? null : dose.doseMcgPerHour());
            var c = activity.clearance();
            var r = activity.riskBenefit();
            var s = activity.opioidSafeguards();
            return new ActivityView(activity.id(), activity.treatmentId(), activity.status().name(),
                    activity.treatment().name(), activity.treatment().category().name(), activity.treatment().kind(),
                    activity.treatment().version(), details, dose == null ? null : dose.dailyMme(),
                    c == null ? null : new ClearanceView(c.note(), c.by(), c.at()),
                    r == null ? null : new RiskBenefitView(r.risks(), r.benefits(), r.alternatives(),
                            r.patientDecision().name(), r.secondOpinionOffered(), r.by(), r.at()),
                    s == null ? null : new SafeguardsView(s.justification(), s.nonOpioidTherapiesTried(),
                            s.naloxoneOffered(), s.pdmpCheckedOn(), s.reviewBy(), s.by(), s.at()),
                    activity.addedBy(), activity.addedAt());
        }
    }

    /** An outcome with its score, band, and any alert a clinician must see whatever the score (PHQ-9 item 9). */
    record OutcomeView(String id, String measure, List<Integer> items, double score, String band, List<String> alerts,
            Instant recordedAt, String recordedBy) {

        static OutcomeView of(Outcome outcome) {
            var band = outcome.measure().band(outcome.score());
            return new OutcomeView(outcome.id(), outcome.measure().name(), outcome.items(), outcome.score(),
                    band == null ? null : band.name(), outcome.measure().alerts(outcome.items()), outcome.recordedAt(),
                    outcome.recordedBy());
        }
    }

    record OverrideView(String by, String reason, Instant at) {
    }

    record FindingView(String id, String rule, String severity, List<String> activityIds, String message,
            OverrideView override) {

        static FindingView of(Finding finding) {
            var o = finding.override();
            return new FindingView(finding.id(), finding.rule().name(), finding.severity().name(),
                    finding.activityIds(), finding.message(), o == null ? null : new OverrideView(o.by(), o.reason(),
                            o.at()));
        }
    }

    record ReferralView(String id, String specialty, String reason, String priority, String status, String activityId,
            String requestedBy, Instant requestedAt, String partner, String report, String opinion,
            String recommendation, Instant updatedAt) {

        static ReferralView of(PlanReferral r) {
            return new ReferralView(r.id(), r.specialty().name(), r.reason(), r.priority().name(), r.status().name(),
                    r.activityId(), r.requestedBy(), r.requestedAt(), r.partner(), r.report(), r.opinion(),
                    r.recommendation(), r.updatedAt());
        }
    }
}
