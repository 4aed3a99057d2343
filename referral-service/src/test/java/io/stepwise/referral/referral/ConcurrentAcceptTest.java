package io.stepwise.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralStatus;
import io.stepwise.referral.referral.domain.StatusChange;
import io.stepwise.referral.support.ReferralFixtures;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.ServiceTest;
import io.stepwise.testkit.TestIdentityProvider;

/** Partner clients racing on one referral: exactly one change wins, the others see it (repeat) or are refused. */
@ServiceTest(database = "referral-concurrency-test", kafka = true)
class ConcurrentAcceptTest {

    private static final TestIdentityProvider idp = TestIdentityProvider.shared();
    private static final int RACERS = 8;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void racingAcceptsRecordOneAcceptance() throws Exception {
        var fixtures = new ReferralFixtures(mongo);
        Partner partner = fixtures.partner("racing", Specialty.PSYCHOLOGIST);
        Referral referral = fixtures.referral(partner, Specialty.PSYCHOLOGIST, ReferralStatus.RECEIVED);

        List<ApiResponse> answers = race(referral, i -> "accept");

        assertThat(answers).extracting(ApiResponse::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().at("/status").asString()).containsOnly("ACCEPTED");
        assertThat(fixtures.stored(referral.id()).history()).extracting(StatusChange::status)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
    }

    @Test
    void anAcceptRacingARejectEndsWithOneOfThem() throws Exception {
        var fixtures = new ReferralFixtures(mongo);
        Partner partner = fixtures.partner("racing-2", Specialty.PSYCHOLOGIST);
        Referral referral = fixtures.referral(partner, Specialty.PSYCHOLOGIST, ReferralStatus.RECEIVED);

        List<ApiResponse> answers = race(referral, i -> i % 2 == 0 ? "accept" : "reject");

        Referral after = fixtures.stored(referral.id());
        assertThat(after.status()).isIn(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED);
        assertThat(after.history()).hasSize(3);
        String winner = after.status() == ReferralStatus.ACCEPTED ? "accept" : "reject";
        for (int i = 0; i < RACERS; i++) {
            boolean sameAsWinner = (i % 2 == 0 ? "accept" : "reject").equals(winner);
            assertThat(answers.get(i).status()).as(answers.get(i).body()).isEqualTo(sameAsWinner ? 200 : 409);
        }
    }

    private List<ApiResponse> race(Referral referral, java.util.function.IntFunction<String> verb) throws Exception {
        String token = idp.partner(referral.partnerId());
        var start = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<ApiResponse>>();
            for (int i = 0; i < RACERS; i++) {
                String action = verb.apply(i);
                String body = action.equals("reject") ? "{\"reason\":\"No capacity\"}" : "";
                futures.add(pool.submit(() -> {
                    start.await();
                    return Api.atPort(port).post("/partner-api/v1/referrals/" + referral.id() + "/" + action, body)
                            .bearer(token).send();
                }));
            }
            start.countDown();
            var answers = new ArrayList<ApiResponse>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
