package io.stepwise.events;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How each topic is created. Producers and consumers both declare the topics they use (creation only adds what is
 * missing), so no service depends on another having started first.
 */
public final class TopicDefinitions {

    private TopicDefinitions() {
    }

    /** The catalog's topics, declared by the catalog that writes them and by every service that reads them. */
    public static NewTopic[] catalog(int partitions, short replicas) {
        return new NewTopic[] {catalogTreatments(partitions, replicas), catalogInteractionRules(replicas)};
    }

    public static NewTopic catalogTreatments(int partitions, short replicas) {
        return compacted(Topics.CATALOG_TREATMENTS, partitions, replicas);
    }

    /** One partition: the rule set is a single aggregate. */
    public static NewTopic catalogInteractionRules(short replicas) {
        return compacted(Topics.CATALOG_INTERACTION_RULES, 1, replicas);
    }

    /** Plan events; key = plan id, so each plan's events stay in order. */
    public static NewTopic planCareplans(int partitions, short replicas) {
        return new NewTopic(Topics.PLAN_CAREPLANS, partitions, replicas);
    }

    /** Referral events; key = referral id. */
    public static NewTopic referralReferrals(int partitions, short replicas) {
        return new NewTopic(Topics.REFERRAL_REFERRALS, partitions, replicas);
    }

    /**
     * Every service's audit records, declared by each service that writes them and by plan-service, which reads them.
     * Not compacted: each record is its own fact, none replaces another.
     */
    public static NewTopic auditRecords(int partitions, short replicas) {
        return new NewTopic(Topics.AUDIT_RECORDS, partitions, replicas);
    }

    public static NewTopic deadLetters(String topic, String consumerGroup, short replicas) {
        return new NewTopic(Topics.deadLetter(topic, consumerGroup), 1, replicas);
    }

    private static NewTopic compacted(String name, int partitions, short replicas) {
        return new NewTopic(name, partitions, replicas).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0"));
    }
}
