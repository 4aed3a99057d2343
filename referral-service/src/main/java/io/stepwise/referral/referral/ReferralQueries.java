package io.stepwise.referral.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import io.stepwise.referral.referral.domain.Referral;

/** Filtered, paged referral lists; every filter is optional and compared as a value, never as a query operator. */
interface ReferralQueries {

    Page<Referral> search(ReferralFilter filter, Pageable page);
}
