package io.stepwise.referral.referral.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A referral to a partner organisation (the full lifecycle arrives with the referral issue). */
@Document("referrals")
public record Referral(@Id String id, @Indexed String partnerId, String planId, String specialty, ReferralStatus status) {
}
