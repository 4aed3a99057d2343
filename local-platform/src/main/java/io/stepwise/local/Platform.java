package io.stepwise.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The whole platform as child processes: Kafka, the Mongo-wire server and Keycloak first, then the services and the
 * gateway once Kafka and Mongo answer. Everything stops in reverse order, also when starting fails half-way.
 */
public final class Platform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    /** The gateway's client secret from deploy/keycloak/stepwise-realm.json: for this machine only. */
    private static final String LOCAL_GATEWAY_SECRET = "--stepwise.portal-client.client-secret=local-gateway-secret";

    /** referral-service's own Keycloak client (it onboards partners), from the realm file: for this machine only. */
    private static final String LOCAL_REFERRAL_SERVICE_SECRET =
            "--stepwise.keycloak-admin.client-secret=local-referral-service-secret";

    /** The realm's demo partner clients exist as partners on this machine only. */
    private static final String LOCAL_PARTNERS = "--stepwise.partners.demo=true";
    /** Webhook receivers and JWKS on this machine may be plain http to loopback; deployments require https. */
    private static final String LOCAL_RECEIVERS = "--stepwise.outbound.allow-loopback-http=true";

    private final PlatformLayout layout;
    private final Progress progress;
    private final Deque<ChildProcess> running = new ArrayDeque<>();
    private boolean closed;

    public Platform(PlatformLayout layout, PrintStream out) {
        this.layout = layout;
        this.progress = new Progress(out);
    }

    /** Starts everything and waits until it is ready; on failure stops what had started, then throws. */
    public Platform start() {
        try {
            startAll();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public PlatformLayout layout() {
        return layout;
    }

    public Duration elapsed() {
        return progress.elapsed();
    }

    /** The checkout's portal files first, the jar's after: an edited file shows at the next reload, no rebuild. */
    private String portalFromSources() {
        return "--spring.web.resources.static-locations=" + layout.portalSources().toUri() + ",classpath:/META-INF/resources/";
    }

    private void startAll() {
        var kafka = KafkaBroker.of(layout);
        var mongo = new MongoComponent(layout);
        var keycloak = new KeycloakServer(layout, progress::notice);
        String issuer = "--stepwise.security.issuer=" + KeycloakServer.ISSUER;
        var services = List.<Component>of(
                new SpringService(layout, "catalog-service", 8081, List.of(issuer, mongoUri("stepwise-catalog"))),
                new SpringService(layout, "plan-service", 8082, List.of(issuer, mongoUri("stepwise-plan"))),
                new SpringService(layout, "referral-service", 8083, List.of(issuer, mongoUri("stepwise-referral"),
                        LOCAL_PARTNERS, LOCAL_RECEIVERS, LOCAL_REFERRAL_SERVICE_SECRET)),
                new SpringService(layout, "gateway", 8080, List.of(issuer, LOCAL_GATEWAY_SECRET, portalFromSources())));
        var infrastructure = List.<Component>of(kafka, mongo, keycloak);

        Stream.concat(infrastructure.stream(), services.stream()).forEach(this::requireFreePorts);
        prepareHome();

        var infrastructureReady = startEach(infrastructure);
        awaitAll(infrastructureReady.subList(0, 2));
        var servicesReady = startEach(services);
        awaitAll(servicesReady);
        awaitAll(infrastructureReady.subList(2, 3));
        progress.done();
    }

    private String mongoUri(String database) {
        return "--spring.mongodb.uri=mongodb://127.0.0.1:" + MongoComponent.PORT + "/" + database;
    }

    private void requireFreePorts(Component component) {
        for (int port : component.ports()) {
            if (!Ports.isFree(port)) {
                throw new PlatformException("Port " + port + " is already in use, and " + component.name()
                        + " needs it. Stop what holds it (ss -ltnp 'sport = :" + port + "') and start again.");
            }
        }
    }

    private void prepareHome() {
        try {
            Files.createDirectories(layout.logs());
        } catch (IOException e) {
            throw new PlatformException("Cannot create " + layout.logs() + ": " + e.getMessage(), e);
        }
    }

    private List<CompletableFuture<Void>> startEach(List<Component> components) {
        return components.stream().map(component -> {
            var started = progress.starting(component.name());
            ChildProcess process = component.start();
            synchronized (running) {
                if (closed) {
                    process.stop();
                    throw new PlatformException("Stopped while starting");
                }
                running.push(process);
            }
            return CompletableFuture.runAsync(() -> awaitReady(component, process, started));
        }).toList();
    }

    private void awaitReady(Component component, ChildProcess process, long startedNanos) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!component.isReady()) {
            if (!process.isAlive()) {
                throw new PlatformException(component.name() + " stopped while starting; see " + process.log());
            }
            if (System.nanoTime() > deadline) {
                throw new PlatformException(component.name() + " was not ready within " + READY_TIMEOUT.toSeconds()
                        + " s; see " + process.log());
            }
            pause();
        }
        component.whenReady();
        progress.ready(component.name(), startedNanos, process.pid());
    }

    private static void awaitAll(List<CompletableFuture<Void>> readiness) {
        try {
            CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while starting", e);
        }
    }

    /** Stops every child in reverse start order and waits for each to exit. */
    @Override
    public void close() {
        synchronized (running) {
            closed = true;
            while (!running.isEmpty()) {
                ChildProcess process = running.pop();
                long started = System.nanoTime();
                process.stop();
                progress.stopped(process.name(), started);
            }
        }
    }

}
