package io.stepwise.referral.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.stepwise.referral.webhook.domain.WebhookDelivery;

/**
 * Sends due webhook deliveries. It looks for them every {@code poll-interval} and at once when woken (a new delivery,
 * a resend); it claims each with a lease, so two instances never attempt the same delivery at once, and attempts it
 * on its own virtual thread, at most {@code concurrency} at a time, so one slow receiver does not hold up the others.
 * A delivery whose sender died is due again when its lease ends.
 */
@Component
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookDeliveries deliveries;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Semaphore slots;
    private volatile boolean running;
    private Thread worker;

    WebhookSender(WebhookDeliveries deliveries, WebhookDispatcher dispatcher, WebhookProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
        this.slots = new Semaphore(properties.concurrency());
    }

    /** Asks for a look at the due deliveries now. */
    void wake() {
        wakeUp.release();
    }

    private void loop() {
        while (running) {
            try {
                if (!dispatchDue()) {
                    if (wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        wakeUp.drainPermits();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Looking for due webhook deliveries failed: {}", e.toString());
                if (!pause(properties.pollInterval())) {
                    return;
                }
            }
        }
    }

    /** Claims and starts every due delivery there is a slot for; false when none was due. */
    private boolean dispatchDue() throws InterruptedException {
        boolean any = false;
        while (running) {
            slots.acquire();
            WebhookDelivery due;
            try {
                due = deliveries.claimDue(clock.instant(), properties.lease()).orElse(null);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (due == null) {
                slots.release();
                return any;
            }
            any = true;
            Thread.ofVirtual().name("webhook-" + due.id()).start(() -> attempt(due));
        }
        return any;
    }

    private void attempt(WebhookDelivery delivery) {
        try {
            dispatcher.dispatch(delivery);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} could not be attempted; it is due again when its lease ends: {}",
                    delivery.id(), e.toString());
        } finally {
            slots.release();
        }
    }

    private boolean pause(Duration wait) {
        try {
            wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("webhook-sender").start(this::loop);
    }

    /** Stops claiming and waits up to one attempt's time-outs for the attempts under way. */
    @Override
    public void stop() {
        running = false;
        if (worker == null) {
            return;
        }
        worker.interrupt();
        try {
            worker.join(1000);
            Duration grace = properties.connectTimeout().plus(properties.readTimeout());
            if (slots.tryAcquire(properties.concurrency(), grace.toMillis(), TimeUnit.MILLISECONDS)) {
                slots.release(properties.concurrency());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
