package io.stepwise.referral.partner;

import java.net.URI;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.referral.partner.domain.Partner;

/**
 * Clinic admins onboard referral partners (the partner and its Keycloak client), rotate their secrets, set their
 * webhook URL and deactivate them. Secrets appear only in the answer of the call that made them. Every change takes
 * If-Match with the partner's ETag (or {@code *}); every call, allowed or refused, leaves an audit record.
 */
@RestController
@RequestMapping("/api/partners")
@Validated
class PartnerController {

    private final PartnerOnboarding onboarding;
    private final PartnerAdministration administration;

    PartnerController(PartnerOnboarding onboarding, PartnerAdministration administration) {
        this.onboarding = onboarding;
        this.administration = administration;
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "partner")
    PagedModel<PartnerResponse> list(@PageParams(sort = {"name=name", "createdAt=createdAt", "id=_id"},
            defaultSort = "name") PageQuery page) {
        return new PagedModel<>(administration.list(page.pageable()).map(PartnerResponse::of));
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, resource = "partner")
    ResponseEntity<PartnerResponse> get(@PathVariable String id) {
        return answer(administration.get(id));
    }

    @PostMapping
    @Audited(action = AuditAction.CREATE, resource = "partner")
    ResponseEntity<PartnerAnswers.Onboarded> onboard(JwtAuthenticationToken caller,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated PartnerRequests.Onboarding request) {
        IfMatch.refuseOnCreate(ifMatch);
        OnboardedPartner onboarded = onboarding.onboard(request.toNewPartner(), Callers.actor(caller.getToken()));
        Partner partner = onboarded.partner();
        return ResponseEntity.created(URI.create("/api/partners/" + partner.id())).eTag(ETags.of(partner.revision()))
                .body(PartnerAnswers.Onboarded.of(onboarded));
    }

    @PostMapping("/{id}/rotate-secret")
    @Audited(action = AuditAction.UPDATE, resource = "partner")
    ResponseEntity<PartnerAnswers.ClientSecret> rotateSecret(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var rotated = administration.rotateClientSecret(id, IfMatch.required(ifMatch),
                Callers.actor(caller.getToken()));
        return ResponseEntity.ok().eTag(ETags.of(rotated.partner().revision()))
                .body(new PartnerAnswers.ClientSecret(rotated.clientSecret()));
    }

    @PostMapping("/{id}/rotate-webhook-secret")
    @Audited(action = AuditAction.UPDATE, resource = "partner")
    ResponseEntity<PartnerAnswers.WebhookSecret> rotateWebhookSecret(JwtAuthenticationToken caller,
            @PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var rotated = administration.rotateWebhookSecret(id, IfMatch.required(ifMatch),
                Callers.actor(caller.getToken()));
        return ResponseEntity.ok().eTag(ETags.of(rotated.partner().revision()))
                .body(new PartnerAnswers.WebhookSecret(rotated.webhookSecret(), rotated.previousSecretRetiresAt()));
    }

    @PutMapping("/{id}/webhook")
    @Audited(action = AuditAction.UPDATE, resource = "partner")
    ResponseEntity<PartnerAnswers.Webhook> setWebhook(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated PartnerRequests.Webhook request) {
        var change = administration.setWebhookUrl(id, IfMatch.required(ifMatch), request.url().strip(),
                Callers.actor(caller.getToken()));
        var webhook = change.partner().webhook();
        return ResponseEntity.ok().eTag(ETags.of(change.partner().revision())).body(new PartnerAnswers.Webhook(
                webhook.url(), webhook.enabled(), webhook.disabledReason(), change.newWebhookSecret()));
    }

    @PostMapping("/{id}/deactivate")
    @Audited(action = AuditAction.UPDATE, resource = "partner")
    ResponseEntity<PartnerResponse> deactivate(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(administration.deactivate(id, IfMatch.required(ifMatch), Callers.actor(caller.getToken())));
    }

    private static ResponseEntity<PartnerResponse> answer(Partner partner) {
        return ResponseEntity.ok().eTag(ETags.of(partner.revision())).body(PartnerResponse.of(partner));
    }
}
