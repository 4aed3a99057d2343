package io.stepwise.referral.referral;

import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.referral.referral.domain.Referral;

interface Referrals extends MongoRepository<Referral, String>, ReferralQueries {
}
