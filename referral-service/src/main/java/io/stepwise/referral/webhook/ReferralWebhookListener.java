package io.stepwise.referral.webhook;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.events.referral.ReferralChangedPayload;
import io.stepwise.kit.consumer.EventPayloads;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.referral.referral.domain.ReferralChange;
import io.stepwise.referral.webhook.domain.WebhookEventType;

/**
 * Turns the clinic's changes of a referral (assignment, also the automatic one at creation, and cancellation) into
 * webhook deliveries for its partner, in its own consumer group on referral-service's own referral events. Partner
 * changes, changes before a partner is assigned and events of older producers without {@code change} make none. An
 * event that cannot be read is a poison record (dead letter).
 */
@Component
class ReferralWebhookListener {

    static final String GROUP = "referral-service.webhooks";

    private final EventPayloads payloads;
    private final DeliveryLog deliveryLog;

    ReferralWebhookListener(EventPayloads payloads, DeliveryLog deliveryLog) {
        this.payloads = payloads;
        this.deliveryLog = deliveryLog;
    }

    @KafkaListener(id = GROUP, groupId = "${stepwise.webhooks.consumer-group:" + GROUP + "}",
            topics = Topics.REFERRAL_REFERRALS)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        payloads.readIf(record, EventTypes.REFERRAL_CHANGED, ReferralChangedPayload.class)
                .ifPresent(changed -> onChange(changed.event(), changed.payload()));
    }

    private void onChange(ReceivedEvent event, ReferralChangedPayload payload) {
        if (payload.change() == null || payload.partnerId() == null) {
            return;
        }
        var type = WebhookEventType.of(change(event, payload));
        if (type.isEmpty()) {
            return;
        }
        if (payload.referralId() == null || !payload.referralId().equals(event.subject())) {
            throw new PoisonPayloadException(event, new IllegalArgumentException("referral event " + event.id()
                    + " lacks a referral id matching its subject"));
        }
        var changedAt = payload.changedAt() != null ? payload.changedAt() : event.time();
        deliveryLog.record(new ClinicChange(event.id(), type.get(), payload.referralId(), payload.partnerId(),
                changedAt));
    }

    private static ReferralChange change(ReceivedEvent event, ReferralChangedPayload payload) {
        try {
            return ReferralChange.valueOf(payload.change());
        } catch (IllegalArgumentException unknown) {
            throw new PoisonPayloadException(event, unknown);
        }
    }
}
