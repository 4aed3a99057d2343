package io.stepwise.plan.careplan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.events.referral.ReferralChangedPayload;
import io.stepwise.kit.consumer.EventPayloads;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.plan.careplan.domain.ReferralStatus;
import io.stepwise.plan.careplan.domain.ReferralUpdate;

/**
 * Keeps each plan's referrals current from referral-service's events. The plan applies an update only when its
 * sequence is above the one it holds for that referral, so repeats and stragglers change nothing; a payload that
 * cannot be read is a poison record (dead letter).
 */
@Component
class ReferralStatusListener {

    static final String GROUP = "plan-service.referral-status";

    private final EventPayloads payloads;
    private final ReferralStatusUpdates updates;

    ReferralStatusListener(EventPayloads payloads, ReferralStatusUpdates updates) {
        this.payloads = payloads;
        this.updates = updates;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.REFERRAL_REFERRALS)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        payloads.readIf(record, EventTypes.REFERRAL_CHANGED, ReferralChangedPayload.class)
                .ifPresent(changed -> onChange(changed.event(), changed.payload()));
    }

    private void onChange(ReceivedEvent event, ReferralChangedPayload payload) {
        if (payload.referralId() == null || !payload.referralId().equals(event.subject()) || payload.planId() == null
                || payload.sequence() < 1) {
            throw new PoisonPayloadException(event, new IllegalArgumentException("referral event " + event.id()
                    + " lacks a referral id matching its subject, a plan id or a sequence"));
        }
        ReferralStatus status;
        try {
            status = ReferralStatus.valueOf(String.valueOf(payload.status()));
        } catch (IllegalArgumentException unknown) {
            throw new PoisonPayloadException(event, unknown);
        }
        var update = new ReferralUpdate(payload.referralId(), payload.sequence(), status, payload.partnerName(),
                payload.report(), payload.opinion(), payload.recommendation(),
                payload.changedAt() != null ? payload.changedAt() : event.time());
        updates.apply(payload.planId(), update);
    }
}
