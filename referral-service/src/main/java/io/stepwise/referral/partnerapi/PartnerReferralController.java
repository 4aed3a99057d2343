package io.stepwise.referral.partnerapi;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import io.stepwise.referral.referral.ReferralDesk;
import io.stepwise.referral.referral.ReferralFilter;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralAction;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.SecondOpinion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The partner API: a partner sees and works the referrals assigned to the organisation its token names, and nothing
 * else; another partner's referral is answered exactly like one that does not exist. Every referral shown is a
 * disclosure in the patient's access log (the use cases record it). Actions are idempotent: repeating the one the referral already shows
 * answers 200 with the same representation. If-Match is optional here (a partner may send the ETag it saw).
 */
@RestController
@RequestMapping("/partner-api/v1/referrals")
class PartnerReferralController {

    private final ReferralDesk desk;

    PartnerReferralController(ReferralDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "referral")
    PagedModel<PartnerReferral> assignedToCaller(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant updatedSince,
            @PageParams(sort = {"id=_id", "status=status", "specialty=specialty", "updatedAt=updatedAt"},
                    defaultSort = "updatedAt") PageQuery page) {
        var filter = new ReferralFilter(status, null, null, null, updatedSince);
        var referrals = desk.searchForPartner(Callers.partnerId(token), filter, page.pageable());
        return new PagedModel<>(referrals.map(PartnerReferral::of));
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, resource = "referral")
    ResponseEntity<PartnerReferral> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return answer(desk.getForPartner(Callers.partnerId(token), id));
    }

    @PostMapping("/{id}/{action:receive|accept|start|hold|resume}")
    @Audited(action = AuditAction.UPDATE, resource = "referral")
    ResponseEntity<PartnerReferral> act(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @PathVariable String action, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) NoBody none) {
        var referralAction = ReferralAction.valueOf(action.toUpperCase(Locale.ROOT));
        return answer(desk.act(Callers.partnerId(token), id, ifMatch(ifMatch), referralAction, Callers.actor(token),
                null));
    }

    @PostMapping("/{id}/{action:reject|fail}")
    @Audited(action = AuditAction.UPDATE, resource = "referral")
    ResponseEntity<PartnerReferral> actWithReason(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @PathVariable String action, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated Reason request) {
        var referralAction = ReferralAction.valueOf(action.toUpperCase(Locale.ROOT));
        return answer(desk.act(Callers.partnerId(token), id, ifMatch(ifMatch), referralAction, Callers.actor(token),
                request.reason().strip()));
    }

    @PostMapping("/{id}/complete")
    @Audited(action = AuditAction.UPDATE, resource = "referral")
    ResponseEntity<PartnerReferral> complete(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated Report request) {
        return answer(desk.complete(Callers.partnerId(token), id, ifMatch(ifMatch), Callers.actor(token),
                request.report().strip(), request.opinion(),
                request.recommendation() == null ? null : request.recommendation().strip()));
    }

    @PutMapping("/{id}/appointment")
    @Audited(action = AuditAction.UPDATE, resource = "referral")
    ResponseEntity<PartnerReferral> appointment(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated AppointmentRequest request) {
        return answer(desk.schedule(Callers.partnerId(token), id, ifMatch(ifMatch), request.start(),
                Callers.actor(token)));
    }

    private static IfMatch ifMatch(String header) {
        return header == null || header.isBlank() ? IfMatch.ANY : IfMatch.required(header);
    }

    private static ResponseEntity<PartnerReferral> answer(Referral referral) {
        return ResponseEntity.ok().eTag(ETags.of(referral.revision())).body(PartnerReferral.of(referral));
    }

    record Reason(@NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String reason) {
    }

    record Report(
            @NotBlank @Size(max = 20000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String report,
            SecondOpinion opinion,
            @Size(max = 4000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
            String recommendation) {
    }

    record AppointmentRequest(@NotNull Instant start) {
    }

    /** These actions take no body; an empty JSON object is tolerated, any field is refused (400). */
    record NoBody() {
    }
}
