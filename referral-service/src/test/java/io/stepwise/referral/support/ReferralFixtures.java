package io.stepwise.referral.support;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.Referrals;

/**
 * Partners and referrals stored straight into the service's database, as the API and the request consumer would have
 * left them (their events go out through the outbox as usual).
 */
public final class ReferralFixtures {

    private final MongoTemplate mongo;

    public ReferralFixtures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An active partner offering these specialties, replacing any partner with that id. */
    public Partner partner(String id, Specialty... specialties) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), Partner.class);
        return mongo.insert(Referrals.partner(id, specialties));
    }

    /** A referral of a new patient to {@code partner}, brought to {@code status}. Out: the stored referral. */
    public Referral referral(Partner partner, Specialty specialty, ReferralStatus status) {
        return referral(partner, specialty, status, "patient-" + UUID.randomUUID());
    }

    public Referral referral(Partner partner, Specialty specialty, ReferralStatus status, String patientId) {
        Instant now = Instant.now();
        Referral referral = Referrals.requested(UUID.randomUUID().toString(), patientId, specialty, now);
        return mongo.insert(Referrals.walk(referral, partner, status, now));
    }

    /** A REQUESTED referral no partner has yet. */
    public Referral unassigned(Specialty specialty) {
        return mongo.insert(Referrals.requested(UUID.randomUUID().toString(), "patient-" + UUID.randomUUID(),
                specialty, Instant.now()));
    }

    public Referral stored(String id) {
        return mongo.findById(id, Referral.class);
    }
}
