package io.stepwise.referral.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import io.stepwise.referral.referral.domain.Referral;

/**
 * The referral feature's use cases, the way other features (such as the partner API) reach referrals. In: who asks
 * and a page. Out: the referrals that caller may see.
 */
@Service
public class ReferralDesk {

    private final Referrals referrals;

    ReferralDesk(Referrals referrals) {
        this.referrals = referrals;
    }

    /** The referrals assigned to this partner organisation, a page at a time; never another partner's. */
    public Page<Referral> assignedTo(String partnerId, Pageable page) {
        return referrals.findByPartnerId(partnerId, page);
    }
}
