package io.stepwise.referral.partnerapi;

import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditTrail;
import io.stepwise.kit.security.Callers;


import io.stepwise.referral.referral.ReferralDesk;

/** The partner API: a partner sees the referrals assigned to the organisation its token names, and nothing else. */
@RestController
@RequestMapping("/partner-api/v1/referrals")
class PartnerReferralController {

    private final ReferralDesk referrals;
    private final AuditTrail audit;

    PartnerReferralController(ReferralDesk referrals, AuditTrail audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    @GetMapping
    PagedModel<PartnerReferral> assignedToCaller(@AuthenticationPrincipal Jwt token,
            @PageableDefault(size = 20) Pageable page) {
        String partnerId = Callers.partnerId(token);
        audit.record("read", "partner/" + partnerId + "/referrals", "partner lists the referrals assigned to it");
        return new PagedModel<>(referrals.assignedTo(partnerId, page).map(PartnerReferral::of));
    }

    record PartnerReferral(String id, String specialty, ReferralStatus status) {

        static PartnerReferral of(Referral referral) {
            return new PartnerReferral(referral.id(), referral.specialty(), referral.status());
        }
    }
}
