package io.stepwise.referral.partner;

import org.springframework.stereotype.Component;

import io.stepwise.referral.egress.OutboundUrlPolicy;
import io.stepwise.referral.egress.RefusedUrlException;

/** Checks the URLs a clinic admin registers for a partner against the outbound-URL policy (SSRF). */
@Component
class PartnerUrls {

    private final OutboundUrlPolicy policy;

    PartnerUrls(OutboundUrlPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param field the request field, named in the refusal
     * @return the URL as given
     * @throws RefusedPartnerUrlException when the policy refuses it (not https, user info, an internal address …)
     */
    String check(String field, String url) {
        try {
            policy.check(url);
            return url;
        } catch (RefusedUrlException refused) {
            throw new RefusedPartnerUrlException(field, refused);
        }
    }
}
