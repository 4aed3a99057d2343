package io.stepwise.referral.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.events.referral.ReferralChangedPayload;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.WebhookDelivery;
import io.stepwise.referral.webhook.domain.WebhookEventType;
import io.stepwise.testkit.TestEvents;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral events on the real topic make deliveries only for the clinic's changes of a referral whose partner has an
 * endpoint; a redelivered event (same CloudEvent id) makes none; an unreadable one goes to the consumer group's dead
 * letters. Each test ends with a marker event on the same referral (same partition, so read after the others) and
 * waits for its delivery, so that "nothing happened" is known rather than hoped.
 */
@WebhookServiceTest
class WebhookEventsTest {

    private static final URI REFERRAL_SERVICE = URI.create("urn:stepwise:referral-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_CALL = Duration.ofSeconds(45);

    @Autowired
    MongoTemplate mongo;

    private WebhookFixtures fixtures;
    private ScriptedReceiver receiver;
    private Partner partner;
    private final String referralId = UUID.randomUUID().toString();

    @BeforeEach
    void aPartnerWithAReceiver() {
        fixtures = new WebhookFixtures(mongo);
        receiver = new ScriptedReceiver();
        partner = fixtures.partner(receiver.url(), WebhookSignerTest.newSecret());
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    private void publish(String eventId, String change, String partnerId) {
        publish(eventId, JSON.writeValueAsString(new ReferralChangedPayload(referralId, 2, "plan-1", "patient-1",
                "REQUESTED", partnerId, "Practice", null, null, null, Instant.now(), change, null)));
    }

    private void publish(String eventId, String payload) {
        var envelope = new EventEnvelope(eventId, EventTypes.REFERRAL_CHANGED, Topics.REFERRAL_REFERRALS, referralId,
                Instant.now(), payload);
        TestEvents.send(CloudEventRecords.toRecord(envelope, REFERRAL_SERVICE));
    }

    /** A cancellation for the test's partner after everything else: once it is delivered, the rest was read. */
    private WebhookDelivery marker() {
        String markerId = UUID.randomUUID().toString();
        publish(markerId, "CANCELLED", partner.id());
        await().atMost(FIRST_CALL).until(() -> fixtures.delivery(WebhookDelivery.idFor(markerId)) != null);
        return fixtures.delivery(WebhookDelivery.idFor(markerId));
    }

    @Test
    void aRedeliveredEventMakesOneDeliveryAndOneCall() {
        String eventId = UUID.randomUUID().toString();

        publish(eventId, "ASSIGNED", partner.id());
        publish(eventId, "ASSIGNED", partner.id());
        marker();

        var deliveries = fixtures.deliveriesFor(referralId);
        assertThat(deliveries).extracting(WebhookDelivery::type)
                .containsExactlyInAnyOrder(WebhookEventType.REFERRAL_ASSIGNED, WebhookEventType.REFERRAL_CANCELLED);
        var assigned = fixtures.delivery(WebhookDelivery.idFor(eventId));
        assertThat(assigned.eventId()).isEqualTo(eventId);
        await().atMost(FIRST_CALL).until(() -> fixtures.deliveriesFor(referralId).stream()
                .allMatch(delivery -> delivery.status() == DeliveryStatus.DELIVERED));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.received().size() == 2);
        assertThat(receiver.received()).filteredOn(request -> request.header("webhook-id").equals(assigned.webhookId()))
                .hasSize(1);
    }

    @Test
    void thePartnersOwnChangesAndChangesWithoutAPartnerMakeNoDelivery() {
        publish(UUID.randomUUID().toString(), "ACCEPTED", partner.id());
        publish(UUID.randomUUID().toString(), "APPOINTMENT_SCHEDULED", partner.id());
        publish(UUID.randomUUID().toString(), "REQUESTED", partner.id());
        publish(UUID.randomUUID().toString(), "CANCELLED", null);

        var marker = marker();

        assertThat(fixtures.deliveriesFor(referralId)).extracting(WebhookDelivery::id).containsExactly(marker.id());
    }

    @Test
    void aPartnerWithoutAnEndpointGetsNoDelivery() {
        Partner polling = fixtures.partner(null, null);

        publish(UUID.randomUUID().toString(), "ASSIGNED", polling.id());
        marker();

        assertThat(mongo.exists(Query.query(Criteria.where("partnerId").is(polling.id())), WebhookDelivery.class))
                .isFalse();
    }

    @Test
    void anUnreadableEventGoesToTheDeadLettersAndLaterEventsStillMakeDeliveries() {
        String deadLetters = Topics.deadLetter(Topics.REFERRAL_REFERRALS, "referral-service.webhooks.tests");
        try (var reader = new TopicReader(TestKafka.shared().bootstrapServers(), deadLetters)) {
            publish(UUID.randomUUID().toString(), "TELEPORTED", partner.id());
            marker();

            await().atMost(Duration.ofSeconds(30)).until(() -> !reader.withKey(referralId).isEmpty());
        }
        assertThat(fixtures.deliveriesFor(referralId)).hasSize(1);
    }
}
