package io.stepwise.referral.referral;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.events.plan.ReferralRequestedPayload;
import io.stepwise.kit.consumer.EventPayloads;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.ReferralPriority;
import io.stepwise.referral.referral.domain.ReferredPatient;

/**
 * Creates a referral for each {@code ReferralRequested} of a care plan. The referral id comes with the request, so a
 * repeated event finds the referral already there and creates nothing. Other plan events are not for this service;
 * a request that cannot be read (no id, an unknown specialty…) is a poison record (dead letter).
 */
@Component
class ReferralRequestListener {

    static final String GROUP = "referral-service.referral-requests";

    private final EventPayloads payloads;
    private final ReferralDesk desk;

    ReferralRequestListener(EventPayloads payloads, ReferralDesk desk) {
        this.payloads = payloads;
        this.desk = desk;
    }

    /** The group is {@value #GROUP}; a test may name its own ({@code stepwise.referrals.request-consumer-group}). */
    @KafkaListener(id = GROUP, groupId = "${stepwise.referrals.request-consumer-group:" + GROUP + "}",
            topics = Topics.PLAN_CAREPLANS)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        payloads.readIf(record, EventTypes.REFERRAL_REQUESTED, ReferralRequestedPayload.class)
                .ifPresent(requested -> desk.create(request(requested.event(), requested.payload())));
    }

    static NewReferral request(ReceivedEvent event, ReferralRequestedPayload payload) {
        if (blank(payload.referralId()) || blank(payload.planId()) || blank(payload.patientId())
                || !payload.planId().equals(event.subject()) || payload.patient() == null) {
            throw poison(event, "the request lacks a referral id, a plan id matching its subject, or a patient");
        }
        try {
            var patient = payload.patient();
            return new NewReferral(payload.referralId(), payload.planId(), payload.patientId(),
                    new ReferredPatient(patient.givenName(), patient.familyName(), patient.birthDate()),
                    Specialty.valueOf(String.valueOf(payload.specialty())),
                    ReferralPriority.valueOf(String.valueOf(payload.priority())), payload.reason(),
                    payload.planSummary(), payload.requestedBy(),
                    payload.requestedAt() != null ? payload.requestedAt() : event.time());
        } catch (IllegalArgumentException unknownValue) {
            throw new PoisonPayloadException(event, unknownValue);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static PoisonPayloadException poison(ReceivedEvent event, String why) {
        return new PoisonPayloadException(event, new IllegalArgumentException(why));
    }
}
