package io.stepwise.plan.careplan;

import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.plan.careplan.ActivityRequests.AddActivity;
import io.stepwise.plan.careplan.ActivityRequests.ClearanceRecord;
import io.stepwise.plan.careplan.ActivityRequests.RiskBenefitRecord;
import io.stepwise.plan.careplan.ActivityRequests.SafeguardsRecord;
import io.stepwise.plan.careplan.ActivityRequests.StatusChange;
import io.stepwise.plan.careplan.PlanResponse.ActivityView;
import io.stepwise.plan.careplan.domain.OpioidSafeguards;
import io.stepwise.plan.careplan.domain.RiskBenefitDiscussion;

/** A plan's activities: adding treatments, moving them through their statuses, and the clinical records they need. */
@RestController
@RequestMapping("/api/plans/{id}/activities")
class ActivityController {

    private final CarePlanning planning;
    private final PlanAnswers answers;

    ActivityController(CarePlanning planning, PlanAnswers answers) {
        this.planning = planning;
        this.answers = answers;
    }

    @PostMapping
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<ActivityView> add(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated AddActivity request) {
        var added = planning.addActivity(Actors.of(caller), id, IfMatch.required(ifMatch), request.treatmentId(),
                request.activityDetails());
        return answers.created(added.plan(), "/activities/" + added.part().id(), ActivityView.of(added.part()));
    }

    @PostMapping("/{activityId}/status")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> status(JwtAuthenticationToken caller, @PathVariable String id,
            @PathVariable String activityId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated StatusChange request) {
        var actor = Actors.of(caller);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch), (plan, rules) -> plan
                .changeActivityStatus(actor, activityId, request.status(), planning.now(), rules)));
    }

    @PostMapping("/{activityId}/clearance")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> clearance(JwtAuthenticationToken caller, @PathVariable String id,
            @PathVariable String activityId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated ClearanceRecord request) {
        var actor = Actors.of(caller);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch), (plan, rules) -> plan
                .recordClearance(actor, activityId, request.note(), planning.now(), rules)));
    }

    @PostMapping("/{activityId}/risk-benefit-discussion")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> riskBenefit(JwtAuthenticationToken caller, @PathVariable String id,
            @PathVariable String activityId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated RiskBenefitRecord request) {
        var actor = Actors.of(caller);
        var discussion = new RiskBenefitDiscussion(request.risks(), request.benefits(), request.alternatives(),
                request.patientDecision(), request.secondOpinionOffered(), null, null);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch), (plan, rules) -> plan
                .recordRiskBenefitDiscussion(actor, activityId, discussion, planning.now(), rules)));
    }

    @PostMapping("/{activityId}/opioid-safeguards")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> opioidSafeguards(JwtAuthenticationToken caller, @PathVariable String id,
            @PathVariable String activityId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated SafeguardsRecord request) {
        var actor = Actors.of(caller);
        var safeguards = new OpioidSafeguards(request.justification(), request.nonOpioidTherapiesTried(),
                request.naloxoneOffered(), request.pdmpCheckedOn(), request.reviewBy(), null, null);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch), (plan, rules) -> plan
                .recordOpioidSafeguards(actor, activityId, safeguards, planning.now(), rules)));
    }
}
