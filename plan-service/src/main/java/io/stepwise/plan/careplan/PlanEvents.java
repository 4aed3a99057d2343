package io.stepwise.plan.careplan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.stepwise.events.EventTypes;
import io.stepwise.events.TopicDefinitions;
import io.stepwise.events.Topics;
import io.stepwise.events.plan.ReferralRequestedPayload;
import io.stepwise.kit.consumer.TopicSettings;
import io.stepwise.kit.outbox.EventExternalization;
import io.stepwise.kit.outbox.OutboxSource;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.ReferralRequested;

/**
 * The plan's events on the wire (one table), the plan outbox the relay publishes, and the topics plan-service writes
 * and reads for referrals, with the referral consumer's dead letters.
 */
@Configuration(proxyBeanMethods = false)
class PlanEvents {

    @Bean
    EventExternalization planEventExternalization() {
        return EventExternalization.builder()
                .route(ReferralRequested.class, EventTypes.REFERRAL_REQUESTED, Topics.PLAN_CAREPLANS,
                        ReferralRequested::planId, PlanEvents::payload)
                .build();
    }

    static ReferralRequestedPayload payload(ReferralRequested event, long sequence) {
        var patient = event.patient();
        return new ReferralRequestedPayload(event.referralId(), sequence, event.planId(), patient.id(),
                new ReferralRequestedPayload.Patient(patient.givenName(), patient.familyName(), patient.birthDate()),
                event.specialty().name(), event.priority().name(), event.reason(), event.planSummary(),
                event.requestedBy(), event.requestedAt());
    }

    @Bean
    OutboxSource carePlanOutbox() {
        return OutboxSource.of(CarePlan.class);
    }

    @Bean
    KafkaAdmin.NewTopics planTopics(TopicSettings topics) {
        return new KafkaAdmin.NewTopics(TopicDefinitions.planCareplans(topics.partitions(), topics.replicas()),
                TopicDefinitions.referralReferrals(topics.partitions(), topics.replicas()),
                TopicDefinitions.deadLetters(Topics.REFERRAL_REFERRALS, ReferralStatusListener.GROUP,
                        topics.replicas()));
    }
}
