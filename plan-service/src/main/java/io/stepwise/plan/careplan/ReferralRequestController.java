package io.stepwise.plan.careplan;

import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.TextRules;
import io.stepwise.plan.careplan.PlanResponse.ReferralView;
import io.stepwise.plan.careplan.domain.PlanAdditions;
import io.stepwise.plan.careplan.domain.PlanReferral;
import io.stepwise.plan.careplan.domain.ReferralPriority;
import io.stepwise.plan.careplan.domain.Specialty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Referral requests from a plan; referral-service picks them up from the plan's events. */
@RestController
class ReferralRequestController {

    private final CarePlanning planning;
    private final PlanAnswers answers;

    ReferralRequestController(CarePlanning planning, PlanAnswers answers) {
        this.planning = planning;
        this.answers = answers;
    }

    @PostMapping("/api/plans/{id}/referrals")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<ReferralView> request(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated ReferralRequest request) {
        var actor = Actors.of(caller);
        var referral = new PlanAdditions.NewReferral(request.specialty(), request.reason().strip(), request.priority());
        var changed = planning.change(id, IfMatch.required(ifMatch), plan -> plan.referrals().getLast(),
                (plan, rules) -> plan.add(actor, PlanAdditions.referral(referral), planning.now(), rules));
        PlanReferral created = changed.part();
        return answers.created(changed.plan(), "/referrals/" + created.id(), ReferralView.of(created));
    }

    record ReferralRequest(@NotNull Specialty specialty,
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String reason,
            @NotNull ReferralPriority priority) {
    }
}
