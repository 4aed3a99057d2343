package io.stepwise.events;

/** CloudEvents {@code type} values: {@code io.stepwise.<service>.<aggregate>.<event>}. */
public final class EventTypes {

    public static final String TREATMENT_PUBLISHED = "io.stepwise.catalog.treatment.published";
    public static final String TREATMENT_REVISED = "io.stepwise.catalog.treatment.revised";
    public static final String TREATMENT_RETIRED = "io.stepwise.catalog.treatment.retired";
    public static final String INTERACTION_RULES_CHANGED = "io.stepwise.catalog.interactionruleset.changed";
    /** Any service's audit record of a request on patient data; every service sends it, so no service in the name. */
    public static final String AUDIT_RECORDED = "io.stepwise.audit.record.recorded";

    /** A care plan requested a referral; see {@code ReferralRequestedPayload}. */
    public static final String REFERRAL_REQUESTED = "io.stepwise.plan.careplan.referralrequested";
    /** A referral changed (any status or content change); see {@code ReferralChangedPayload}. */
    public static final String REFERRAL_CHANGED = "io.stepwise.referral.referral.changed";

    private EventTypes() {
    }
}
