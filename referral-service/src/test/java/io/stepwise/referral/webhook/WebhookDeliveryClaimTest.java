package io.stepwise.referral.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.stepwise.referral.webhook.domain.DeliveryAttempt;
import io.stepwise.referral.webhook.domain.DeliveryStatus;
import io.stepwise.referral.webhook.domain.RetrySchedule;
import io.stepwise.referral.webhook.domain.WebhookDelivery;
import io.stepwise.referral.webhook.domain.WebhookEventType;
import io.stepwise.testkit.TestMongo;

/**
 * Senders claim due deliveries with a lease (the Mongo-wire server, no sender running): of many senders claiming at
 * once exactly one gets a delivery, nobody gets it again while the lease runs, another sender takes it over when the
 * lease has run out, and the sender that lost it can no longer save its result.
 */
class WebhookDeliveryClaimTest {

    private static final String DATABASE = "referral-webhook-claims";
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final MongoClient client = MongoClients.create(TestMongo.uri(DATABASE));
    private static final MongoTemplate mongo = new MongoTemplate(client, DATABASE);

    private final WebhookDeliveryQueriesImpl queries = new WebhookDeliveryQueriesImpl(mongo);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // Mongo keeps milliseconds

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @BeforeEach
    void noDeliveries() {
        mongo.dropCollection(WebhookDelivery.class);
    }

    private WebhookDelivery due(Instant at) {
        return mongo.insert(WebhookDelivery.created(UUID.randomUUID().toString(), "partner-1", "referral-1",
                WebhookEventType.REFERRAL_ASSIGNED, "{}", at, at));
    }

    @Test
    void ofSendersClaimingAtOnceExactlyOneGetsTheDelivery() throws Exception {
        var delivery = due(now.minusSeconds(1));
        int senders = 8;
        var start = new CountDownLatch(1);
        List<Future<Optional<WebhookDelivery>>> claims = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < senders; i++) {
                Callable<Optional<WebhookDelivery>> claim = () -> {
                    start.await();
                    return queries.claimDue(now, LEASE);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (var claim : claims) {
                var claimed = claim.get();
                if (claimed.isPresent()) {
                    won++;
                    assertThat(claimed.get().id()).isEqualTo(delivery.id());
                    assertThat(claimed.get().nextAttemptAt()).isEqualTo(now.plus(LEASE));
                }
            }
            assertThat(won).isEqualTo(1);
        }
    }

    @Test
    void aLeasedDeliveryIsTakenOverOnlyAfterTheLeaseAndTheFormerHolderCannotSave() {
        due(now.minusSeconds(1));
        WebhookDelivery first = queries.claimDue(now, LEASE).orElseThrow();

        assertThat(queries.claimDue(now.plusSeconds(30), LEASE)).isEmpty();
        WebhookDelivery takenOver = queries.claimDue(now.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();
        assertThat(takenOver.revision()).isGreaterThan(first.revision());

        var schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
        first.attempted(DeliveryAttempt.answered(now, 10, 200, null), now, schedule, 0);
        assertThatThrownBy(() -> mongo.save(first)).isInstanceOf(OptimisticLockingFailureException.class);
        takenOver.attempted(DeliveryAttempt.answered(now, 10, 200, null), now, schedule, 0);
        mongo.save(takenOver);
        assertThat(mongo.findById(takenOver.id(), WebhookDelivery.class).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void theLongestDueComesFirstAndNothingNotYetDueOrEndedIsClaimed() {
        var later = due(now.minusSeconds(5));
        var earlier = due(now.minusSeconds(60));
        due(now.plusSeconds(60));

        assertThat(queries.claimDue(now, LEASE)).map(WebhookDelivery::id).contains(earlier.id());
        assertThat(queries.claimDue(now, LEASE)).map(WebhookDelivery::id).contains(later.id());
        assertThat(queries.claimDue(now, LEASE)).isEmpty();
    }
}
