package io.stepwise.plan.template;

import java.util.List;

import io.stepwise.plan.template.domain.PlanTemplate;

/** A plan template as the API shows it: the shape a clinic admin sends, with its revision (the ETag). */
record TemplateResponse(String id, String name, String description, List<TemplateRequest.ActivityItem> activities,
        List<TemplateRequest.GoalItem> goals, List<TemplateRequest.ReferralItem> referrals, long revision) {

    static TemplateResponse of(PlanTemplate template) {
        return new TemplateResponse(template.id(), template.name(), template.description(),
                template.activities().stream().map(a -> new TemplateRequest.ActivityItem(a.treatmentId(), a.dose(),
                        a.frequency(), a.reviewAfterDays(), a.sessions())).toList(),
                template.goals().stream().map(g -> new TemplateRequest.GoalItem(g.aim(), g.measure(),
                        new TemplateRequest.Target(g.target().atMost(), g.target().changeFromBaselinePercent()),
                        g.dueInDays())).toList(),
                template.referrals().stream().map(r -> new TemplateRequest.ReferralItem(r.specialty(), r.reason(),
                        r.priority())).toList(),
                template.revision() == null ? 0 : template.revision());
    }
}
