package io.stepwise.referral.referral;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.events.EventTypes;
import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;
import io.stepwise.events.referral.ReferralChangedPayload;
import io.stepwise.kit.consumer.TopicSettings;
import io.stepwise.kit.outbox.EventExternalization;
import io.stepwise.kit.outbox.OutboxSource;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralChanged;

/**
 * The referral's events on the wire (one table), the referral outbox the relay publishes, and the topics
 * referral-service writes and reads, with the request consumer's dead letters.
 */
@Configuration(proxyBeanMethods = false)
class ReferralEvents {

    @Bean
    EventExternalization referralEventExternalization() {
        return EventExternalization.builder()
                .route(ReferralChanged.class, EventTypes.REFERRAL_CHANGED, Topics.REFERRAL_REFERRALS,
                        ReferralChanged::referralId, ReferralEvents::payload)
                .build();
    }

    static ReferralChangedPayload payload(ReferralChanged event, long sequence) {
        var completion = event.completion();
        return new ReferralChangedPayload(event.referralId(), sequence, event.planId(), event.patientId(),
                event.status().name(), event.partnerId(), event.partnerName(),
                completion == null ? null : completion.report(),
                completion == null || completion.opinion() == null ? null : completion.opinion().name(),
                completion == null ? null : completion.recommendation(), event.at(), event.change().name(),
                event.appointment() == null ? null : event.appointment().start());
    }

    @Bean
    OutboxSource referralOutbox() {
        return OutboxSource.of(Referral.class);
    }

    /** The request consumer's dead letters are named after its group, whichever group it was given. */
    @Bean
    KafkaAdmin.NewTopics referralTopics(TopicSettings topics,
            @Value("${stepwise.referrals.request-consumer-group:" + ReferralRequestListener.GROUP + "}") String group) {
        return new KafkaAdmin.NewTopics(TopicDefinitions.planCareplans(topics.partitions(), topics.replicas()),
                TopicDefinitions.referralReferrals(topics.partitions(), topics.replicas()),
                TopicDefinitions.deadLetters(Topics.PLAN_CAREPLANS, group, topics.replicas()));
    }
}
