package io.stepwise.referral.referral;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.kit.web.TextRules;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Clinic staff follow referrals, give unassigned ones to a partner, and cancel them before the work starts. */
@RestController
@RequestMapping("/api/referrals")
class StaffReferralController {

    static final String ID = "[A-Za-z0-9-]{1,64}";

    private final ReferralDesk desk;

    StaffReferralController(ReferralDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "referral")
    PagedModel<ReferralResponse> search(@RequestParam(required = false) ReferralStatus status,
            @RequestParam(required = false) Specialty specialty,
            @RequestParam(required = false) @Pattern(regexp = ID, message = "must be a partner id") String partnerId,
            @RequestParam(required = false) @Pattern(regexp = ID, message = "must be a patient id") String patientId,
            @PageParams(sort = {"requestedAt=requestedAt", "updatedAt=updatedAt", "status=status",
                    "specialty=specialty"}, defaultSort = "requestedAt,desc") PageQuery page) {
        var filter = new ReferralFilter(status, specialty, partnerId, patientId, null);
        return new PagedModel<>(desk.search(filter, page.pageable()).map(ReferralResponse::of));
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, resource = "referral")
    ResponseEntity<ReferralResponse> get(@PathVariable String id) {
        return answer(desk.get(id));
    }

    @PostMapping("/{id}/assign")
    @Audited(action = AuditAction.UPDATE, resource = "referral")
    ResponseEntity<ReferralResponse> assign(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated Assignment request) {
        return answer(desk.assign(id, IfMatch.required(ifMatch), request.partnerId(),
                Callers.actor(caller.getToken())));
    }

    @PostMapping("/{id}/cancel")
    @Audited(action = AuditAction.UPDATE, resource = "referral")
    ResponseEntity<ReferralResponse> cancel(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) @Validated Cancellation request) {
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        return answer(desk.cancel(id, IfMatch.required(ifMatch), Callers.actor(caller.getToken()), reason));
    }

    private static ResponseEntity<ReferralResponse> answer(Referral referral) {
        return ResponseEntity.ok().eTag(ETags.of(referral.revision())).body(ReferralResponse.of(referral));
    }

    record Assignment(@NotBlank @Pattern(regexp = ID, message = "must be a partner id") String partnerId) {
    }

    record Cancellation(@Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String reason) {
    }
}
