package io.stepwise.referral.fhir;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import io.stepwise.referral.referral.ReferralDesk;
import io.stepwise.referral.referral.ReferralFilter;
import io.stepwise.referral.referral.UnknownReferralException;
import io.stepwise.referral.referral.domain.Referral;

/**
 * The referrals a partner may see through the FHIR view, through the same use cases as the partner API: always scoped
 * to the calling partner, and each referral returned recorded as a disclosure of its patient's data by those use
 * cases (the audit filter writes a {@code DISCLOSE} record per referral once the answer succeeded).
 */
@Component
class FhirReferralAccess {

    private final ReferralDesk desk;

    FhirReferralAccess(ReferralDesk desk) {
        this.desk = desk;
    }

    /**
     * In: the caller's partner id, the FHIR resource type asked for and the referral id. Out: the referral.
     *
     * @throws UnknownResourceException when there is no such referral or it is another partner's (the same answer)
     */
    Referral read(String partnerId, String resourceType, String id) {
        try {
            return desk.getForPartner(partnerId, id);
        } catch (UnknownReferralException unknownOrForeign) {
            throw new UnknownResourceException(resourceType);
        }
    }

    /** In: the caller's partner id and the search. Out: one page of that partner's referrals, in the search's order. */
    Page<Referral> search(String partnerId, TaskSearch search) {
        var filter = new ReferralFilter(search.status(), null, null, null, null);
        return desk.searchForPartner(partnerId, filter, search.pageable());
    }
}
