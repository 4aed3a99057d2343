package io.stepwise.referral.referral;

import io.stepwise.referral.referral.domain.Referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Referrals extends MongoRepository<Referral, String> {

    Page<Referral> findByPartnerId(String partnerId, Pageable page);
}
