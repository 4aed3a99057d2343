package io.stepwise.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.stepwise.testkit.TestMongo;

class OutboxLeasesTest {

    private final MongoClient client = MongoClients.create(TestMongo.uri("kit-leases"));
    private final MongoTemplate mongo = new MongoTemplate(client, "kit-leases");
    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

    @AfterEach
    void close() {
        mongo.dropCollection(OutboxLeases.COLLECTION);
        client.close();
    }

    private OutboxLeases relay(String owner, Instant at) {
        return new OutboxLeases(mongo, Clock.fixed(at, ZoneOffset.UTC), owner, Duration.ofSeconds(30));
    }

    @Test
    void onlyOneRelayHoldsADocumentAtATime() {
        var first = relay("first", now);
        var second = relay("second", now);

        assertThat(first.claim("treatments", "tens")).isTrue();
        assertThat(second.claim("treatments", "tens")).isFalse();
        assertThat(second.claim("treatments", "nsaid")).as("other documents stay free").isTrue();

        first.release("treatments", "tens");
        assertThat(second.claim("treatments", "tens")).isTrue();
    }

    @Test
    void aLeaseThatWasNeverReleasedExpires() {
        assertThat(relay("crashed", now).claim("treatments", "tens")).isTrue();
        assertThat(relay("survivor", now.plusSeconds(10)).claim("treatments", "tens")).isFalse();
        assertThat(relay("survivor", now.plusSeconds(31)).claim("treatments", "tens")).isTrue();
    }

    @Test
    void aRelayCannotReleaseAnotherRelaysLease() {
        assertThat(relay("holder", now).claim("treatments", "tens")).isTrue();
        relay("intruder", now).release("treatments", "tens");
        assertThat(relay("intruder", now).claim("treatments", "tens")).isFalse();
    }
}
