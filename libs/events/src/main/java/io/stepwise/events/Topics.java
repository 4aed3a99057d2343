package io.stepwise.events;

/** Kafka topics between the services. Keys are aggregate ids, so each aggregate's events stay in order. */
public final class Topics {

    /** Compacted; key = treatment id; the latest full treatment per key. */
    public static final String CATALOG_TREATMENTS = "catalog.treatments.v1";
    /** Compacted; key = rule set id; the latest full interaction rule set. */
    public static final String CATALOG_INTERACTION_RULES = "catalog.interaction-rules.v1";
    public static final String PLAN_CAREPLANS = "plan.careplans.v1";
    public static final String REFERRAL_REFERRALS = "referral.referrals.v1";
    /** Every service's audit records; key = the patient id when known, else the record id. Not compacted. */
    public static final String AUDIT_RECORDS = "audit.records.v1";

    private Topics() {
    }

    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
