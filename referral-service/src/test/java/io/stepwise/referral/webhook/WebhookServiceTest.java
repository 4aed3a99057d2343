package io.stepwise.referral.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import io.stepwise.testkit.ServiceTest;

/**
 * referral-service on real Kafka and the Mongo-wire server, sending webhooks to receivers on this machine, with the
 * delays shrunk: retries from 300 ms, attempts timing out after 1 s. The webhook consumer group is this context's
 * own, so a cached context of another test class (other database, same default group) cannot take the partitions
 * of referral events meant for this one. Every webhook test class shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceTest(database = "referral-webhooks-test", kafka = true)
@TestPropertySource(properties = {
        "stepwise.outbound.allow-loopback-http=true",
        "stepwise.webhooks.connect-timeout=1s",
        "stepwise.webhooks.read-timeout=1s",
        "stepwise.webhooks.first-retry=300ms",
        "stepwise.webhooks.max-interval=2s",
        "stepwise.webhooks.poll-interval=100ms",
        "stepwise.webhooks.lease=5s",
        "stepwise.webhooks.consumer-group=referral-service.webhooks.tests"})
@interface WebhookServiceTest {
}
