package io.stepwise.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.cloudevents.CloudEventRecords;
import io.stepwise.events.cloudevents.EventEnvelope;
import io.stepwise.events.plan.ReferralRequestedPayload;
import io.stepwise.events.referral.ReferralChangedPayload;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.support.ReferralFixtures;
import io.stepwise.testkit.TestEvents;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestKafka;
import io.stepwise.testkit.TopicReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A care plan's {@code ReferralRequested}, published on the real topic, becomes one referral however often it arrives;
 * it goes at once to the one partner that offers the specialty, and otherwise waits for a coordinator. Each change
 * leaves on {@code referral.referrals.v1} with a rising sequence; an unreadable request is parked as a dead letter.
 */
@ServiceTest(database = "referral-requests-test", kafka = true)
@TestPropertySource(properties = "stepwise.referrals.request-consumer-group=" + ReferralRequestsTest.GROUP)
class ReferralRequestsTest {

    /**
     * Its own consumer group: other test contexts of this JVM stay alive with the service's default group, and would
     * otherwise share the topic's partitions with this one. The specialties here are ones the other tests' partners
     * do not offer, so what those contexts make of these requests touches none of their referrals.
     */
    static final String GROUP = "referral-requests-test";

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Autowired
    MongoTemplate mongo;

    ReferralFixtures fixtures;

    @BeforeEach
    void noPartners() {
        fixtures = new ReferralFixtures(mongo);
        mongo.remove(new Query(), Partner.class);
        mongo.remove(new Query(), Referral.class);
    }

    @Test
    void aRepeatedRequestCreatesOneReferralAssignedToTheOnlyPartnerOfferingTheSpecialty() {
        fixtures.partner("only-acupuncture", Specialty.ACUPUNCTURIST, Specialty.DIETITIAN);
        fixtures.partner("opinions", Specialty.SECOND_OPINION_PHYSICIAN);
        String referralId = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        try (var topic = new TopicReader(TestKafka.shared().bootstrapServers(), Topics.REFERRAL_REFERRALS)) {
            publish(plan, request(referralId, plan, "ACUPUNCTURIST"));
            publish(plan, request(referralId, plan, "ACUPUNCTURIST"));

            await().atMost(Duration.ofSeconds(20)).until(() -> topic.withKey(referralId).size() >= 2);
            Referral referral = fixtures.stored(referralId);
            assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
            assertThat(referral.partnerId()).isEqualTo("only-acupuncture");
            assertThat(referral.patient().givenName()).isEqualTo("Maria");
            assertThat(referral.planSummary()).isEqualTo("Chronic low back pain; DRAFT");
            assertThat(mongo.count(new Query(), Referral.class)).isEqualTo(1);

            var events = topic.withKey(referralId).stream()
                    .map(record -> JSON.readValue(TopicReader.value(record), ReferralChangedPayload.class)).toList();
            assertThat(events).extracting(ReferralChangedPayload::sequence).containsExactly(1L, 2L);
            assertThat(events).extracting(ReferralChangedPayload::change).containsExactly("REQUESTED", "ASSIGNED");
            assertThat(events.getLast().partnerId()).isEqualTo("only-acupuncture");
            assertThat(events.getLast().planId()).isEqualTo(plan);
            assertThat(TopicReader.header(topic.withKey(referralId).getFirst(), "ce_type"))
                    .isEqualTo(EventTypes.REFERRAL_CHANGED);
        }
    }

    @Test
    void withTwoPartnersOrNoneTheReferralWaitsForACoordinator() {
        fixtures.partner("physio-a", Specialty.PHYSICAL_THERAPIST);
        fixtures.partner("physio-b", Specialty.PHYSICAL_THERAPIST);
        String twoOffer = UUID.randomUUID().toString();
        String noneOffers = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        publish(plan, request(twoOffer, plan, "PHYSICAL_THERAPIST"));
        publish(plan, request(noneOffers, plan, "DIETITIAN"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> fixtures.stored(twoOffer) != null && fixtures.stored(noneOffers) != null);
        assertThat(fixtures.stored(twoOffer).partnerId()).isNull();
        assertThat(fixtures.stored(noneOffers).partnerId()).isNull();
    }

    @Test
    void aDeactivatedPartnerDoesNotCountAsOffering() {
        fixtures.partner("active", Specialty.PAIN_SPECIALIST);
        Partner gone = fixtures.partner("gone", Specialty.PAIN_SPECIALIST);
        gone.deactivate(Instant.now());
        mongo.save(gone);
        String referralId = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        publish(plan, request(referralId, plan, "PAIN_SPECIALIST"));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.stored(referralId) != null);
        assertThat(fixtures.stored(referralId).partnerId()).isEqualTo("active");
    }

    @Test
    void anUnreadableRequestIsParkedAndTheNextOneStillArrives() {
        String plan = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        String deadLetters = Topics.deadLetter(Topics.PLAN_CAREPLANS, GROUP);
        try (var parked = new TopicReader(TestKafka.shared().bootstrapServers(), deadLetters)) {
            publish(plan, request(UUID.randomUUID().toString(), plan, "ASTROLOGER"));
            publish(plan, request(good, plan, "PSYCHIATRIST"));
            await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.stored(good) != null);
            await().atMost(Duration.ofSeconds(30)).until(() -> !parked.withKey(plan).isEmpty());
        }
        assertThat(mongo.count(new Query(), Referral.class)).isEqualTo(1);
    }

    private static ReferralRequestedPayload request(String referralId, String plan, String specialty) {
        return new ReferralRequestedPayload(referralId, 3, plan, "patient-1",
                new ReferralRequestedPayload.Patient("Maria", "Santos", LocalDate.of(1968, 5, 14)), specialty,
                "ROUTINE", "Coping skills for pain-related anxiety", "Chronic low back pain; DRAFT", "coordinator",
                Instant.now());
    }

    private static void publish(String plan, ReferralRequestedPayload payload) {
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypes.REFERRAL_REQUESTED,
                Topics.PLAN_CAREPLANS, plan, Instant.now(), JSON.writeValueAsString(payload));
        TestEvents.send(CloudEventRecords.toRecord(envelope, URI.create("/plan-service")));
    }
}
