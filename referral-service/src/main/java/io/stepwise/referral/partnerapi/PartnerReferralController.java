package io.stepwise.referral.partnerapi;

import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;

import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;


import io.stepwise.referral.referral.ReferralDesk;

/** The partner API: a partner sees the referrals assigned to the organisation its token names, and nothing else. */
@RestController
@RequestMapping("/partner-api/v1/referrals")
class PartnerReferralController {

    private final ReferralDesk referrals;

    PartnerReferralController(ReferralDesk referrals) {
        this.referrals = referrals;
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "referral")
    PagedModel<PartnerReferral> assignedToCaller(@AuthenticationPrincipal Jwt token,
            @PageParams(sort = {"id=_id", "status=status", "specialty=specialty"}, defaultSort = "id") PageQuery page) {
        String partnerId = Callers.partnerId(token);
        return new PagedModel<>(referrals.assignedTo(partnerId, page.pageable()).map(PartnerReferral::of));
    }

    record PartnerReferral(String id, String specialty, ReferralStatus status) {

        static PartnerReferral of(Referral referral) {
            return new PartnerReferral(referral.id(), referral.specialty(), referral.status());
        }
    }
}
